/// One check's conclusion about one project: a score, a line an admin can act on, and the evidence behind it.
public struct Finding: Codable, Hashable, Sendable {
  public var check: CheckName
  /// 0...1, after counter-evidence.
  public var score: Double
  public var summary: String
  public var evidence: [String: EvidenceValue]
  /// The popular projects this finding says the project imitates; used to recognise defensive registrations.
  public var targets: [String]
  /// The score before ownership counter-evidence, so a defensive placeholder can still be recognised as one.
  public var scoreBeforeOwnership: Double
  /// Whether the project shares an owner, organization or author e-mail with the project it imitates.
  public var sharesOwnershipWithTarget: Bool
  /// The check's own score before counter-evidence (for `explain`; not in the JSON contract).
  public var rawScore: Double
  /// The counter-evidence that lowered `rawScore` to `score`, each with its factor (for `explain`).
  public var counterEvidence: [CounterEvidenceItem]

  public init(
    check: CheckName, score: Double, summary: String, evidence: [String: EvidenceValue], targets: [String] = [],
    scoreBeforeOwnership: Double? = nil, sharesOwnershipWithTarget: Bool = false
  ) {
    self.check = check
    self.score = score
    self.summary = summary
    self.evidence = evidence
    self.targets = targets
    self.scoreBeforeOwnership = scoreBeforeOwnership ?? score
    self.sharesOwnershipWithTarget = sharesOwnershipWithTarget
    rawScore = score
    counterEvidence = []
  }

  private enum CodingKeys: String, CodingKey {
    case check, score, summary, evidence
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    check = try container.decode(CheckName.self, forKey: .check)
    score = try container.decode(Double.self, forKey: .score)
    summary = try container.decode(String.self, forKey: .summary)
    evidence = try container.decode([String: EvidenceValue].self, forKey: .evidence)
    targets = []
    scoreBeforeOwnership = score
    sharesOwnershipWithTarget = false
    rawScore = score
    counterEvidence = []
  }
}
