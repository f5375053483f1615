/// A popular project a check compared the project with, and whether the comparison counted.
public struct TargetExplanation: Codable, Hashable, Sendable {
  public var target: String
  /// How the name relates to it, for example `swapped-characters` or `command`.
  public var relation: String
  /// The check's score for this target before counter-evidence (0 for a dropped one).
  public var score: Double
  public var kept: Bool
  /// Why it was kept or dropped.
  public var reason: String
}
