/// A project's simple-API page (PEP 503 HTML or PEP 691 JSON), parsed.
public struct ProjectPage: Codable, Hashable, Sendable {
  /// The normalized project name.
  public var name: String
  /// The files listed, in page order.
  public var files: [DistributionFile]
  /// Versions listed by PEP 700 `versions`, or derived from file names.
  public var versions: [String]
  /// PEP 792 project status (`active`, `archived`, `quarantined`, `deprecated`), if given.
  public var status: String?
  /// The project's last serial from `meta._last-serial` or `<!--SERIAL n-->`, if given.
  public var lastSerial: Int?
  /// The API version the page declared (PEP 629), if any.
  public var apiVersion: String?

  public init(
    name: String, files: [DistributionFile], versions: [String], status: String? = nil,
    lastSerial: Int? = nil, apiVersion: String? = nil
  ) {
    self.name = name
    self.files = files
    self.versions = versions
    self.status = status
    self.lastSerial = lastSerial
    self.apiVersion = apiVersion
  }
}
