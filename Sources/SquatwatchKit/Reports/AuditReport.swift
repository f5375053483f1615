public import Foundation

/// The result of `squatwatch check`: ranked suspects, naming clusters, and which signals were missing.
///
/// Its JSON form is a contract automation depends on: snake_case keys, ISO 8601 `generated_at`, suspects
/// highest score first.
public struct AuditReport: Codable, Hashable, Sendable {
  /// The index audited (its URL or mirror path).
  public var registry: String
  public var generatedAt: Date
  public var projectsScanned: Int
  public var suspects: [SuspectReport]
  public var clusters: [ClusterReport]
  /// Checks that ran without some signal, and for how many projects.
  public var degradedChecks: [DegradedCheck]

  public init(
    registry: String, generatedAt: Date, projectsScanned: Int, suspects: [SuspectReport], clusters: [ClusterReport],
    degradedChecks: [DegradedCheck]
  ) {
    self.registry = registry
    self.generatedAt = generatedAt
    self.projectsScanned = projectsScanned
    self.suspects = suspects
    self.clusters = clusters
    self.degradedChecks = degradedChecks
  }

  private enum CodingKeys: String, CodingKey {
    case registry, suspects, clusters
    case generatedAt = "generated_at"
    case projectsScanned = "projects_scanned"
    case degradedChecks = "degraded_checks"
  }
}
