public import Foundation

/// The result of `squatwatch check`: ranked suspects, naming clusters, and which signals were missing.
///
/// Its JSON form is a contract automation depends on: snake_case keys, ISO 8601 `generated_at`, suspects
/// highest score first. Keys added later (`uploads_per_day`, `allowlisted`, `baseline`) are optional when read,
/// so reports written by earlier versions still load as baselines.
public struct AuditReport: Codable, Hashable, Sendable {
  /// The index audited (its URL or mirror path).
  public var registry: String
  public var generatedAt: Date
  public var projectsScanned: Int
  public var suspects: [SuspectReport]
  /// Projects that hold nothing and imitate nothing (verdict `placeholder`), highest score first: listed apart
  /// from the suspects an admin reviews.
  public var placeholders: [SuspectReport]
  public var clusters: [ClusterReport]
  /// Checks that ran without some signal, and for how many projects.
  public var degradedChecks: [DegradedCheck]
  /// First uploads per day across the registry (days with at least one), oldest first.
  public var uploadsPerDay: [DailyUploads]
  /// Suspects an `--allowlist` entry removed from `suspects`.
  public var allowlisted: [AllowlistedSuspect]
  /// Set when the report was compared with a `--baseline`: `suspects` then holds only new or risen ones.
  public var baseline: BaselineSummary?

  public init(
    registry: String, generatedAt: Date, projectsScanned: Int, suspects: [SuspectReport],
    placeholders: [SuspectReport] = [], clusters: [ClusterReport], degradedChecks: [DegradedCheck],
    uploadsPerDay: [DailyUploads] = [], allowlisted: [AllowlistedSuspect] = [], baseline: BaselineSummary? = nil
  ) {
    self.registry = registry
    self.generatedAt = generatedAt
    self.projectsScanned = projectsScanned
    self.suspects = suspects
    self.placeholders = placeholders
    self.clusters = clusters
    self.degradedChecks = degradedChecks
    self.uploadsPerDay = uploadsPerDay
    self.allowlisted = allowlisted
    self.baseline = baseline
  }

  /// The suspects called likely-squat or suspicious, highest score first: what a mirror blocks and PyPI is told.
  public var flaggedSuspects: [SuspectReport] { suspects.filter(\.verdict.isFlagged) }

  private enum CodingKeys: String, CodingKey {
    case registry, suspects, placeholders, clusters, allowlisted, baseline
    case generatedAt = "generated_at"
    case projectsScanned = "projects_scanned"
    case degradedChecks = "degraded_checks"
    case uploadsPerDay = "uploads_per_day"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    registry = try container.decode(String.self, forKey: .registry)
    generatedAt = try container.decode(Date.self, forKey: .generatedAt)
    projectsScanned = try container.decode(Int.self, forKey: .projectsScanned)
    suspects = try container.decode([SuspectReport].self, forKey: .suspects)
    placeholders = try container.decodeIfPresent([SuspectReport].self, forKey: .placeholders) ?? []
    clusters = try container.decode([ClusterReport].self, forKey: .clusters)
    degradedChecks = try container.decode([DegradedCheck].self, forKey: .degradedChecks)
    uploadsPerDay = try container.decodeIfPresent([DailyUploads].self, forKey: .uploadsPerDay) ?? []
    allowlisted = try container.decodeIfPresent([AllowlistedSuspect].self, forKey: .allowlisted) ?? []
    baseline = try container.decodeIfPresent(BaselineSummary.self, forKey: .baseline)
  }
}
