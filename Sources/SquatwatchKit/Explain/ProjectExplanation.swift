/// Why `squatwatch explain` says a project is or is not flagged: every check's weighing, the cluster, and the
/// combined score against the thresholds.
public struct ProjectExplanation: Codable, Hashable, Sendable {
  /// The name as asked.
  public var name: String
  /// Its normalized form, the cache's key.
  public var project: String
  public var inCache: Bool
  /// When the name is not in the cache: the cached names closest to it in spelling.
  public var nearestCached: [String]
  /// Why the project is never a suspect, when it is popular itself.
  public var popular: String?
  public var checks: [CheckExplanation]
  /// The naming cluster the project belongs to, with its members and shared signals.
  public var cluster: ClusterReport?
  /// Why the project is in no cluster, when it is in none.
  public var clusterNote: String?
  /// 1 − Π(1 − score) over the findings (ownership-lowered for a defensive registration).
  public var combinedScore: Double
  public var suspiciousThreshold: Double
  public var likelyThreshold: Double
  /// The report's verdict; nil when the project is not flagged.
  public var verdict: Verdict?
  /// One sentence: flagged or not, and why.
  public var conclusion: String

  private enum CodingKeys: String, CodingKey {
    case name, project, popular, checks, cluster, verdict, conclusion
    case inCache = "in_cache"
    case nearestCached = "nearest_cached"
    case clusterNote = "cluster_note"
    case combinedScore = "combined_score"
    case suspiciousThreshold = "suspicious_threshold"
    case likelyThreshold = "likely_threshold"
  }
}
