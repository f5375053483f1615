/// One thing that speaks for a project being legitimate, and the factor it leaves of a finding's score.
public struct CounterEvidenceItem: Codable, Hashable, Sendable {
  /// What was found, for example `8 releases over 7 years`.
  public var reason: String
  /// The multiplier it applies, in (0, 1]; a shared owner's is `CounterEvidence.ownershipFactor`.
  public var factor: Double

  public init(reason: String, factor: Double) {
    self.reason = reason
    self.factor = factor
  }
}
