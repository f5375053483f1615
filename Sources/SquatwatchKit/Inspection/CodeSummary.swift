/// How much code a distribution carries, the core of the empty-package signal.
public struct CodeSummary: Codable, Hashable, Sendable {
  /// Number of `.py` modules.
  public var pythonModules: Int
  /// Bytes of Python code, not counting comments, docstrings, blank lines and `pass`.
  public var codeBytes: Int
  /// Whether any module defines anything: a def, a class, or an assignment beyond version strings.
  public var definesAnything: Bool
  /// Number of native extension modules (`.so`, `.pyd`, `.dylib`).
  public var nativeExtensions: Int
  /// Whether the distribution holds nothing but packaging metadata.
  public var metadataOnly: Bool
  /// Whether the code summary was computed from module sources (false when only names were seen).
  public var sourcesRead: Bool

  public init(
    pythonModules: Int = 0, codeBytes: Int = 0, definesAnything: Bool = false, nativeExtensions: Int = 0,
    metadataOnly: Bool = false, sourcesRead: Bool = false
  ) {
    self.pythonModules = pythonModules
    self.codeBytes = codeBytes
    self.definesAnything = definesAnything
    self.nativeExtensions = nativeExtensions
    self.metadataOnly = metadataOnly
    self.sourcesRead = sourcesRead
  }
}
