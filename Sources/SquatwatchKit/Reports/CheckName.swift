/// The name of one check, as the report and automation spell it.
public enum CheckName: String, Codable, CaseIterable, Sendable, Comparable {
  case emptyPackage = "empty-package"
  case entryPointHijack = "entry-point-hijack"
  case namingCluster = "naming-cluster"
  case typosquat = "typosquat"
  case dependencyConfusion = "dependency-confusion"
  case watchedName = "watched-name"

  public static func < (lhs: CheckName, rhs: CheckName) -> Bool { lhs.rawValue < rhs.rawValue }
}
