/// What the cache knows about one project before a crawl decides whether to fetch it.
public struct CachedProjectState: Sendable {
  /// Where the project stands.
  public enum State: String, Sendable {
    /// Listed, not fetched yet.
    case pending
    /// Page (and JSON document) stored and current.
    case fetched
    /// Kept failing; retried next run.
    case failed
    /// The index served a page older than its listing's serial; retried next run.
    case stale
    /// Gone from the index's listing.
    case removed
  }

  public var state: State
  /// The crawl run that last completed this project.
  public var run: Int?
  /// The serial of the stored page.
  public var storedSerial: Int?
  public var failures: Int
  /// Whether the project's distributions were inspected (their inspections are stored).
  public var inspected: Bool
}
