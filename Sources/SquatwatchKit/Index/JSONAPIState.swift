/// Whether the JSON API document of a project could be had.
public enum JSONAPIState: String, Codable, Sendable {
  /// The index has no JSON API at all.
  case unavailable
  /// The index has a JSON API, but it answered 404 for this project
  /// (on PyPI: no non-quarantined releases, itself a placeholder signal).
  case missing
  /// The document was fetched.
  case present
}
