public import Foundation

/// The upstream half of a dependency-confusion audit (`--upstream`): reads the upstream's listing once and crawls only
/// the projects whose names the private index lists too, into the upstream's own cache.
///
/// Each collision costs its page and its JSON API document, nothing else: no JSON API probe and no inspection, so
/// the upstream sees at most 1 + 2 × collisions requests, and no internal name it does not already list.
public struct UpstreamCrawlJob: Sendable {
  /// The upstream, with its own transports, credential scope and cache directory.
  public var upstream: RegistryTarget
  /// The cache of the private index, crawled before.
  public var privateCacheDirectory: URL
  public var options: CrawlOptions
  /// Seconds to wait for another run holding the upstream's cache.
  public var lockWait: Double

  /// More collisions than this suggest the private index proxies the upstream rather than holding internal projects.
  static let proxyWarningCollisions = 1_000

  public init(upstream: RegistryTarget, privateCacheDirectory: URL, options: CrawlOptions, lockWait: Double) {
    self.upstream = upstream
    self.privateCacheDirectory = privateCacheDirectory
    self.options = options
    self.lockWait = lockWait
  }

  /// Crawls the collisions.
  ///
  /// - Throws: when the private index was never crawled, the upstream cannot be read, or its cache is locked.
  public func run(console: Console) throws(SquatwatchError) -> CrawlSummary {
    var options = options
    options.projects = nil
    options.inspect = false
    options.privateNames = try PrivateNames(cacheDirectory: privateCacheDirectory)
    let summary = try CrawlJob(target: upstream, options: options, lockWait: lockWait).run(console: console)
    if let collisions = summary.collisions, collisions > Self.proxyWarningCollisions {
      console.log(
        .warning,
        "\(collisions) of the private index's names are on \(upstream.name): if the private index proxies or copies "
          + "the upstream, give --index-url the repository that holds only internal projects")
    }
    return summary
  }
}
