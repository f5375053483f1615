import Synchronization

/// Live counts of a crawl, shared by the workers and read by the progress display.
public final class CrawlCounters: Sendable {
  /// A consistent copy of the counts.
  public struct Snapshot: Sendable {
    public var total = 0
    public var done = 0
    public var requests = 0
    public var bytes = 0
    public var fetched = 0
    public var unchanged = 0
    public var failed = 0
    public var stale = 0
  }

  private let state = Mutex(Snapshot())

  public init() {}

  public var snapshot: Snapshot { state.withLock { $0 } }

  func setTotal(_ total: Int) { state.withLock { $0.total = total } }

  func request(bytes: Int) {
    state.withLock {
      $0.requests += 1
      $0.bytes += bytes
    }
  }

  func finish(_ outcome: ProjectCrawlResult.Outcome) {
    state.withLock {
      $0.done += 1
      switch outcome {
      case .fetched: $0.fetched += 1
      case .unchanged: $0.unchanged += 1
      case .failed: $0.failed += 1
      case .stale: $0.stale += 1
      }
    }
  }

  /// Counts projects the cache proved current without any request.
  func skip(_ count: Int) {
    state.withLock {
      $0.done += count
      $0.unchanged += count
    }
  }
}
