/// A naming cluster as the report shows it: a burst of registrations that share a template or fingerprint.
public struct ClusterReport: Codable, Hashable, Sendable {
  /// Stable within one report, for example `cluster-1`.
  public var id: String
  /// Normalized project names, sorted.
  public var members: [String]
  /// ISO 8601 times of the earliest and latest first upload among the members.
  public var firstUpload: String
  public var lastUpload: String
  /// The shared signals, each with how many members share it, for example `email-domain inbox.ru (1525 of 1525)`.
  public var signals: [String]
  /// The naming template most members follow, for example `{popular}-cli`, if there is one.
  public var template: String?

  public init(
    id: String, members: [String], firstUpload: String, lastUpload: String, signals: [String], template: String?
  ) {
    self.id = id
    self.members = members
    self.firstUpload = firstUpload
    self.lastUpload = lastUpload
    self.signals = signals
    self.template = template
  }

  private enum CodingKeys: String, CodingKey {
    case id, members, signals, template
    case firstUpload = "first_upload"
    case lastUpload = "last_upload"
  }
}
