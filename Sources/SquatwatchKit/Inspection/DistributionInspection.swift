/// What one distribution file holds, read from as few of its bytes as possible.
///
/// Stored in the cache keyed by the file's sha256 and never repeated for the same hash.
public struct DistributionInspection: Codable, Hashable, Sendable {
  /// The sha256 of the file (the cache key).
  public var sha256: String
  public var filename: String
  /// Every archive member seen, with its uncompressed size.
  public var members: [ArchiveMember]
  /// `console_scripts` entry points.
  public var consoleScripts: [EntryPoint]
  /// `gui_scripts` entry points.
  public var guiScripts: [EntryPoint]
  /// Top-level import names (top_level.txt, else RECORD or the member list).
  public var topLevelNames: [String]
  /// What code the distribution carries.
  public var code: CodeSummary
  /// Core Metadata fields read from METADATA or PKG-INFO, when present.
  public var coreMetadata: CoreMetadata?
  /// Why the archive could not be read fully (hostile or corrupt input), if it could not.
  public var error: String?
  /// Bytes fetched to produce this inspection.
  public var bytesTransferred: Int

  public init(
    sha256: String, filename: String, members: [ArchiveMember] = [], consoleScripts: [EntryPoint] = [],
    guiScripts: [EntryPoint] = [], topLevelNames: [String] = [], code: CodeSummary = CodeSummary(),
    coreMetadata: CoreMetadata? = nil, error: String? = nil, bytesTransferred: Int = 0
  ) {
    self.sha256 = sha256
    self.filename = filename
    self.members = members
    self.consoleScripts = consoleScripts
    self.guiScripts = guiScripts
    self.topLevelNames = topLevelNames
    self.code = code
    self.coreMetadata = coreMetadata
    self.error = error
    self.bytesTransferred = bytesTransferred
  }

  /// Whether the inspection failed because of the network (or libcurl's TLS set-up) rather than the archive: it is
  /// then not cached, and is tried again on the next run.
  public var failedForNetworkReason: Bool {
    guard let error else { return false }
    return [SquatwatchError.Code.transport, .httpStatus, .tlsVerification].contains { error.hasPrefix("\($0):") }
  }
}
