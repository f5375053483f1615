/// What one check concluded about one project, on its own.
public enum CheckVerdict: String, Codable, Sendable {
  /// Its score alone reaches the suspicious threshold.
  case flags
  /// A finding below the suspicious threshold: it adds to the combined score but flags nothing alone.
  case contributes
  /// No finding.
  case silent
}
