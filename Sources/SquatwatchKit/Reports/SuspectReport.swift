/// One suspect project: its combined score, verdict, the findings behind it and its cluster.
public struct SuspectReport: Codable, Hashable, Sendable {
  /// The normalized project name.
  public var project: String
  public var score: Double
  public var verdict: Verdict
  /// Findings, highest score first.
  public var findings: [Finding]
  /// The id of the naming cluster the project belongs to, if any.
  public var cluster: String?

  public init(project: String, score: Double, verdict: Verdict, findings: [Finding], cluster: String?) {
    self.project = project
    self.score = score
    self.verdict = verdict
    self.findings = findings
    self.cluster = cluster
  }

  private enum CodingKeys: String, CodingKey {
    case project, score, verdict, findings, cluster
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(project, forKey: .project)
    try container.encode(score, forKey: .score)
    try container.encode(verdict, forKey: .verdict)
    try container.encode(findings, forKey: .findings)
    try container.encode(cluster, forKey: .cluster)
  }
}
