/// Whether an index serves a file's Core Metadata at `<url>.metadata` (PEP 658/714).
public enum CoreMetadataAvailability: Codable, Hashable, Sendable {
  /// No `.metadata` file is advertised.
  case absent
  /// A `.metadata` file is served; its sha256 when the index gave one.
  case available(sha256: String?)
}
