/// How a crawl runs.
public struct CrawlOptions: Sendable {
  /// Only these projects (normalized on use); nil crawls the whole index.
  public var projects: [String]?
  /// Requests in flight at once.
  public var concurrency: Int
  /// Requests per second across all workers; nil is unlimited.
  public var maxRate: Double?
  public var retry: RetryPolicy
  /// Whether distributions are inspected (entry points, import names, code).
  public var inspect: Bool
  /// Inspect every release's files, not only the newest release's.
  public var allReleases: Bool
  public var inspectionLimits: InspectionLimits
  /// Caps on response bodies, so a gigabyte page cannot exhaust memory.
  public var maxListingBytes: Int
  public var maxPageBytes: Int
  public var maxJSONBytes: Int
  /// Set for the upstream of a private index (`--upstream`): only the listed projects that collide with these names
  /// are crawled, each with its page and JSON API document, and the JSON API is not probed.
  public var privateNames: PrivateNames?

  public init(
    projects: [String]? = nil, concurrency: Int = 8, maxRate: Double? = nil, retry: RetryPolicy = RetryPolicy(),
    inspect: Bool = true, allReleases: Bool = false, inspectionLimits: InspectionLimits = InspectionLimits(),
    maxListingBytes: Int = 1 << 30, maxPageBytes: Int = 32 << 20, maxJSONBytes: Int = 64 << 20
  ) {
    self.projects = projects
    self.concurrency = max(1, concurrency)
    self.maxRate = maxRate
    self.retry = retry
    self.inspect = inspect
    self.allReleases = allReleases
    self.inspectionLimits = inspectionLimits
    self.maxListingBytes = maxListingBytes
    self.maxPageBytes = maxPageBytes
    self.maxJSONBytes = maxJSONBytes
  }
}
