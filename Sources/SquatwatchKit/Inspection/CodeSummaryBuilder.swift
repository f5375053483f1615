import Foundation

/// Builds a `CodeSummary` from member paths and the module sources that were read.
struct CodeSummaryBuilder {
  private var summary = CodeSummary()
  private static let extensionSuffixes = [".so", ".pyd", ".dylib"]

  /// Whether `path` (relative to the install or sdist root) is a Python module that counts as code.
  static func isModule(_ path: String) -> Bool {
    path.hasSuffix(".py") && !isMetadataPath(path) && path != "setup.py"
  }

  /// Whether `path` is a native extension module.
  static func isExtension(_ path: String) -> Bool {
    extensionSuffixes.contains(where: path.hasSuffix) && !isMetadataPath(path)
  }

  /// Whether a directory of `path` is a `.dist-info` or `.egg-info` directory.
  private static func isMetadataPath(_ path: String) -> Bool {
    contains(path, ".dist-info/") || contains(path, ".egg-info/")
  }

  private static func contains(_ text: String, _ part: String) -> Bool {
    let bytes = Array(text.utf8)
    let needle = Array(part.utf8)
    guard bytes.count >= needle.count else { return false }
    return (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
  }

  /// Counts the modules and extensions among `paths`.
  mutating func count(_ paths: [String]) {
    summary.pythonModules += paths.filter(Self.isModule).count
    summary.nativeExtensions += paths.filter(Self.isExtension).count
  }

  /// Adds one module's source.
  mutating func add(source: Data) {
    let module = PythonSourceSummary(source: source)
    summary.modulesRead += 1
    summary.codeBytes += module.codeBytes
    summary.definesAnything = summary.definesAnything || module.definesAnything
  }

  /// Whether a module read so far defines something.
  var definesAnything: Bool { summary.definesAnything }

  /// Bytes of code in the modules read so far.
  var codeBytes: Int { summary.codeBytes }

  /// The summary; `complete` says whether every member was seen, so all module counts are final.
  func build(complete: Bool) -> CodeSummary {
    var result = summary
    result.sourcesRead = complete && result.modulesRead == result.pythonModules
    result.metadataOnly = complete && result.pythonModules == 0 && result.nativeExtensions == 0
    return result
  }
}
