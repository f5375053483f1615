/// The outcome of crawling one project, committed to the cache in one transaction.
public struct ProjectCrawlResult: Sendable {
  /// What happened.
  public enum Outcome: Sendable {
    /// New content: the documents fetched (a 304 keeps the stored one), the parsed record,
    /// and whether its distributions were inspected.
    case fetched(documents: [StoredDocument], record: ProjectRecord, serial: Int?, inspected: Bool)
    /// Revalidated with 304 (or skipped by serial); nothing new.
    case unchanged
    /// Kept failing; the reason.
    case failed(String)
    /// The index kept serving a page older than its listing announced.
    case stale(String)
  }

  public var name: String
  public var outcome: Outcome

  public init(name: String, outcome: Outcome) {
    self.name = name
    self.outcome = outcome
  }
}
