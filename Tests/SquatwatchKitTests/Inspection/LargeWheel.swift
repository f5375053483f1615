import Foundation
import SquatwatchFixtures
import SquatwatchKit

/// A wheel whose central directory is larger than `InspectionLimits.wholeDirectorySize`, laid out as wheel builders
/// write one: each top-level package's modules together, `.dist-info` last.
struct LargeWheel {
  var packages = ["alpha", "beta", "gamma"]
  var modulesPerPackage = 60
  var writesTopLevel = false
  var metadataVersion = "2.1"
  var importNames: [String] = []
  var description = ""
  /// Module paths to insert after the first package's modules, before the others.
  var extraPaths: [String] = []

  static let filename = "large-1.0-py3-none-any.whl"

  var data: Data {
    var writer = ZipArchiveWriter()
    var generator = SeededGenerator(seed: 11)
    var paths: [String] = []
    func add(_ path: String, _ text: String) {
      writer.add(path, Data(text.utf8))
      paths.append(path)
    }
    for (index, package) in packages.enumerated() {
      for module in 0..<modulesPerPackage {
        var source = "\"\"\"Module \(module) of \(package).\"\"\"\n"
        for function in 0..<30 {
          source += "def f\(function)(x):\n    return x * \(generator.next() % 100_000) + \(function)\n"
        }
        add("\(package)/subpackage_with_a_long_name/module_number_\(module).py", source)
      }
      if index == 0 {
        for path in extraPaths { add(path, "VALUE = 1\n") }
      }
    }
    var metadata = "Metadata-Version: \(metadataVersion)\nName: large\nVersion: 1.0\nSummary: A large wheel\n"
    metadata += importNames.map { "Import-Name: \($0)\n" }.joined()
    metadata += "\n" + description
    writer.add("large-1.0.dist-info/METADATA", Data(metadata.utf8))
    writer.add("large-1.0.dist-info/WHEEL", Data("Wheel-Version: 1.0\nRoot-Is-Purelib: true\n".utf8))
    writer.add("large-1.0.dist-info/entry_points.txt", Data("[console_scripts]\nlarge = alpha:main\n".utf8))
    if writesTopLevel {
      writer.add("large-1.0.dist-info/top_level.txt", Data(packages.map { "\($0)\n" }.joined().utf8))
    }
    writer.add("large-1.0.dist-info/RECORD", Data(paths.map { "\($0),sha256=x,100\n" }.joined().utf8))
    return writer.archive()
  }

  /// `data` inspected as the crawl inspects it, and its byte source.
  func inspect(
    _ need: CoreMetadataNeed = .allFields, limits: InspectionLimits = InspectionLimits()
  ) -> (DistributionInspection, DataByteSource) {
    let data = data
    let source = DataByteSource(data)
    let file = DistributionFile(filename: Self.filename, url: "https://files.example/x", size: data.count)
    return (DistributionInspector(limits: limits).inspect(file, source: source, coreMetadata: need), source)
  }

  /// Limits that read the whole file: every member and every module.
  static var fullReadLimits: InspectionLimits {
    var limits = InspectionLimits()
    limits.initialSuffix = limits.wholeFileLimit
    limits.wholeDirectorySize = limits.maxDirectorySize
    limits.readsEveryModule = true
    return limits
  }
}
