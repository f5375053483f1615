/// One check's part in a project's score: its raw score, what lowered it, and why.
public struct CheckExplanation: Codable, Hashable, Sendable {
  public var check: CheckName
  public var verdict: CheckVerdict
  /// The check's own score before counter-evidence (0 when it found nothing).
  public var rawScore: Double
  /// After counter-evidence: what enters the combined score.
  public var score: Double
  /// The finding's summary, or why the check found nothing.
  public var summary: String
  /// The finding's evidence: what it saw (signals, claims, shared fingerprints, transform).
  public var evidence: [String: EvidenceValue]
  /// Each piece of counter-evidence with the factor it applied.
  public var counterEvidence: [CounterEvidenceItem]
  /// The popular projects it compared the project with (typosquat, entry-point-hijack, naming-cluster).
  public var targets: [TargetExplanation]

  private enum CodingKeys: String, CodingKey {
    case check, verdict, score, summary, evidence, targets
    case rawScore = "raw_score"
    case counterEvidence = "counter_evidence"
  }
}
