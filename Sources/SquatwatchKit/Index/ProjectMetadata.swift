/// What the JSON API (`/pypi/<name>/json`) says about a project, reduced to what the checks use.
public struct ProjectMetadata: Codable, Hashable, Sendable {
  /// The display name.
  public var name: String
  /// The latest release's version.
  public var version: String?
  public var summary: String?
  /// The long description, cut to `ProjectMetadata.descriptionLimit` characters.
  public var description: String?
  /// The sha256 of the full long description, for fingerprinting identical texts.
  public var descriptionSHA256: String?
  public var author: String?
  public var authorEmail: String?
  public var maintainer: String?
  public var maintainerEmail: String?
  public var homePage: String?
  /// Label to URL, from `project_urls`.
  public var projectURLs: [String: String]
  /// The latest release's `Requires-Dist` lines.
  public var requiresDist: [String]
  public var classifiers: [String]
  public var keywords: String?
  public var license: String?
  /// Every release and how many files it has (zero-file releases show up only here).
  public var releases: [Release]
  /// PyPI account names from `ownership.roles`.
  public var owners: [Owner]
  /// The PyPI organization from `ownership.organization`.
  public var organization: String?
  /// The `last_serial` field.
  public var lastSerial: Int?

  /// How much of a long description is kept.
  public static let descriptionLimit = 4096

  /// One release as the JSON API's `releases` lists it.
  public struct Release: Codable, Hashable, Sendable {
    public var version: String
    public var fileCount: Int
    /// The earliest upload time among its files, ISO 8601.
    public var firstUpload: String?
    public var yanked: Bool

    public init(version: String, fileCount: Int, firstUpload: String?, yanked: Bool) {
      self.version = version
      self.fileCount = fileCount
      self.firstUpload = firstUpload
      self.yanked = yanked
    }
  }

  /// One role from `ownership.roles`.
  public struct Owner: Codable, Hashable, Sendable {
    /// `Owner` or `Maintainer`.
    public var role: String
    public var user: String

    public init(role: String, user: String) {
      self.role = role
      self.user = user
    }
  }

  public init(
    name: String, version: String? = nil, summary: String? = nil, description: String? = nil,
    descriptionSHA256: String? = nil, author: String? = nil, authorEmail: String? = nil,
    maintainer: String? = nil, maintainerEmail: String? = nil, homePage: String? = nil,
    projectURLs: [String: String] = [:], requiresDist: [String] = [], classifiers: [String] = [],
    keywords: String? = nil, license: String? = nil, releases: [Release] = [], owners: [Owner] = [],
    organization: String? = nil, lastSerial: Int? = nil
  ) {
    self.name = name
    self.version = version
    self.summary = summary
    self.description = description
    self.descriptionSHA256 = descriptionSHA256
    self.author = author
    self.authorEmail = authorEmail
    self.maintainer = maintainer
    self.maintainerEmail = maintainerEmail
    self.homePage = homePage
    self.projectURLs = projectURLs
    self.requiresDist = requiresDist
    self.classifiers = classifiers
    self.keywords = keywords
    self.license = license
    self.releases = releases
    self.owners = owners
    self.organization = organization
    self.lastSerial = lastSerial
  }
}
