/// A check that ran without one of its signals for some projects, so the report never quietly says less.
public struct DegradedCheck: Codable, Hashable, Sendable {
  public var check: CheckName
  /// The missing signal: `json-api`, `upload-times`, `ownership`, `distribution-inspections`, `download-counts`.
  public var missingSignal: String
  /// How many scanned projects lacked it.
  public var projectsAffected: Int
  /// What the check could not do as a result.
  public var effect: String

  public init(check: CheckName, missingSignal: String, projectsAffected: Int, effect: String) {
    self.check = check
    self.missingSignal = missingSignal
    self.projectsAffected = projectsAffected
    self.effect = effect
  }

  private enum CodingKeys: String, CodingKey {
    case check, effect
    case missingSignal = "missing_signal"
    case projectsAffected = "projects_affected"
  }
}
