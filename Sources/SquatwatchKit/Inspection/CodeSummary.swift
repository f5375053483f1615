/// How much code a distribution carries, the core of the empty-package signal.
public struct CodeSummary: Codable, Hashable, Sendable {
  /// Number of `.py` modules.
  public var pythonModules: Int
  /// Bytes of Python code, not counting comments, docstrings, blank lines and `pass`.
  ///
  /// Exact when `sourcesRead`; otherwise the code in the `modulesRead` modules that were sampled.
  public var codeBytes: Int
  /// Whether any module defines anything: a def, a class, or an assignment beyond version strings.
  public var definesAnything: Bool
  /// Number of native extension modules (`.so`, `.pyd`, `.dylib`).
  public var nativeExtensions: Int
  /// Whether the distribution holds nothing but packaging metadata.
  public var metadataOnly: Bool
  /// Whether the code summary was computed from every module's source (false when only names were seen
  /// or only a sample of the modules was read).
  public var sourcesRead: Bool
  /// How many of the `pythonModules` were read and summarized.
  public var modulesRead: Int

  public init(
    pythonModules: Int = 0, codeBytes: Int = 0, definesAnything: Bool = false, nativeExtensions: Int = 0,
    metadataOnly: Bool = false, sourcesRead: Bool = false, modulesRead: Int = 0
  ) {
    self.pythonModules = pythonModules
    self.codeBytes = codeBytes
    self.definesAnything = definesAnything
    self.nativeExtensions = nativeExtensions
    self.metadataOnly = metadataOnly
    self.sourcesRead = sourcesRead
    self.modulesRead = modulesRead
  }

  private enum CodingKeys: String, CodingKey {
    case pythonModules, codeBytes, definesAnything, nativeExtensions, metadataOnly, sourcesRead, modulesRead
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    pythonModules = try container.decode(Int.self, forKey: .pythonModules)
    codeBytes = try container.decode(Int.self, forKey: .codeBytes)
    definesAnything = try container.decode(Bool.self, forKey: .definesAnything)
    nativeExtensions = try container.decode(Int.self, forKey: .nativeExtensions)
    metadataOnly = try container.decode(Bool.self, forKey: .metadataOnly)
    sourcesRead = try container.decode(Bool.self, forKey: .sourcesRead)
    // Summaries cached before modulesRead existed read every module or none.
    modulesRead = try container.decodeIfPresent(Int.self, forKey: .modulesRead) ?? (sourcesRead ? pythonModules : 0)
  }
}
