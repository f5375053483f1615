/// A suspect left out of the report because an allowlist entry covers it, listed so nothing is dropped silently.
public struct AllowlistedSuspect: Codable, Hashable, Sendable {
  public var project: String
  public var score: Double
  public var verdict: Verdict
  /// The entry that matched, for example `project requests-oauth` or `owner psf`.
  public var entry: String
  /// The reviewer's reason from the allowlist.
  public var reason: String

  public init(project: String, score: Double, verdict: Verdict, entry: String, reason: String) {
    self.project = project
    self.score = score
    self.verdict = verdict
    self.entry = entry
    self.reason = reason
  }
}
