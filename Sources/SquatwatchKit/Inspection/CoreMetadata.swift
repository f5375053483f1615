/// The Core Metadata fields (METADATA, PKG-INFO, `.metadata`) the checks use.
public struct CoreMetadata: Codable, Hashable, Sendable {
  public var name: String?
  public var version: String?
  public var summary: String?
  public var authorEmail: String?
  public var homePage: String?
  public var projectURLs: [String]
  public var requiresDist: [String]
  /// PEP 794 `Import-Name` values; an empty list with `declaresImportNames` means "no importable modules".
  public var importNames: [String]
  /// Whether any `Import-Name` field was present at all.
  public var declaresImportNames: Bool

  public init(
    name: String? = nil, version: String? = nil, summary: String? = nil, authorEmail: String? = nil,
    homePage: String? = nil, projectURLs: [String] = [], requiresDist: [String] = [], importNames: [String] = [],
    declaresImportNames: Bool = false
  ) {
    self.name = name
    self.version = version
    self.summary = summary
    self.authorEmail = authorEmail
    self.homePage = homePage
    self.projectURLs = projectURLs
    self.requiresDist = requiresDist
    self.importNames = importNames
    self.declaresImportNames = declaresImportNames
  }
}
