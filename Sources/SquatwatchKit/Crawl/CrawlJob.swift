import Foundation

/// A crawl as the `crawl` and `audit` commands run it: lock the cache, open it, crawl, summarize.
public struct CrawlJob: Sendable {
  public var target: RegistryTarget
  public var options: CrawlOptions
  /// Seconds to wait for another run holding the same cache.
  public var lockWait: Double

  public init(target: RegistryTarget, options: CrawlOptions, lockWait: Double) {
    self.target = target
    self.options = options
    self.lockWait = lockWait
  }

  /// Runs the crawl while holding the cache lock.
  ///
  /// - Throws: when the cache is locked or unwritable, or the index cannot be crawled.
  public func run(console: Console) throws(SquatwatchError) -> CrawlSummary {
    let lock = try CacheLock(directory: target.cacheDirectory, wait: lockWait)
    defer { withExtendedLifetime(lock) {} }
    let store = try CacheStore(directory: target.cacheDirectory)
    console.log(.debug, "cache: \(target.cacheDirectory.path)")
    let crawler = Crawler(
      index: target.index, store: store, transports: target.transports, options: options, console: console)
    return try crawler.run(registryName: target.name)
  }
}
