/// What an index exposes, learned by probing it once per crawl.
///
/// Checks read this to say plainly which signals they ran without.
public struct IndexCapabilities: Codable, Hashable, Sendable {
  /// The serialization of the simple API the index answered with.
  public enum SimpleFormat: String, Codable, Sendable {
    /// PEP 691 JSON.
    case json
    /// PEP 503 HTML.
    case html
  }

  public var simpleFormat: SimpleFormat
  /// Whether `/pypi/<name>/json` exists (pypi.org, bandersnatch with JSON).
  public var hasJSONAPI: Bool
  /// Whether the project list carries `_last-serial` values.
  public var hasSerials: Bool
  /// The API version the index declared (PEP 629), if any.
  public var apiVersion: String?

  public init(simpleFormat: SimpleFormat, hasJSONAPI: Bool, hasSerials: Bool, apiVersion: String? = nil) {
    self.simpleFormat = simpleFormat
    self.hasJSONAPI = hasJSONAPI
    self.hasSerials = hasSerials
    self.apiVersion = apiVersion
  }
}
