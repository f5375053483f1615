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
  /// The UTC day of the project's first upload, `YYYY-MM-DD`, when the index gave upload times.
  public var firstUpload: String?
  /// Lowercased owner and maintainer accounts from the JSON API, sorted (empty when the index gives none).
  public var owners: [String]
  /// The score in the `--baseline` report when it was lower; absent for a new suspect or without a baseline.
  public var previousScore: Double?

  public init(
    project: String, score: Double, verdict: Verdict, findings: [Finding], cluster: String?,
    firstUpload: String? = nil, owners: [String] = [], previousScore: Double? = nil
  ) {
    self.project = project
    self.score = score
    self.verdict = verdict
    self.findings = findings
    self.cluster = cluster
    self.firstUpload = firstUpload
    self.owners = owners
    self.previousScore = previousScore
  }

  private enum CodingKeys: String, CodingKey {
    case project, score, verdict, findings, cluster, owners
    case firstUpload = "first_upload"
    case previousScore = "previous_score"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    project = try container.decode(String.self, forKey: .project)
    score = try container.decode(Double.self, forKey: .score)
    verdict = try container.decode(Verdict.self, forKey: .verdict)
    findings = try container.decode([Finding].self, forKey: .findings)
    cluster = try container.decodeIfPresent(String.self, forKey: .cluster)
    firstUpload = try container.decodeIfPresent(String.self, forKey: .firstUpload)
    owners = try container.decodeIfPresent([String].self, forKey: .owners) ?? []
    previousScore = try container.decodeIfPresent(Double.self, forKey: .previousScore)
  }

  /// Every key but `previous_score` is always written (null when unknown), so automation sees one shape.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(project, forKey: .project)
    try container.encode(score, forKey: .score)
    try container.encode(verdict, forKey: .verdict)
    try container.encode(findings, forKey: .findings)
    try container.encode(cluster, forKey: .cluster)
    try container.encode(firstUpload, forKey: .firstUpload)
    try container.encode(owners, forKey: .owners)
    try container.encodeIfPresent(previousScore, forKey: .previousScore)
  }
}
