import Foundation
import SquatwatchKit
import SquatwatchTestSupport
import Synchronization
import Testing

/// Crawls with short timeouts and fast retries against a mirror that misbehaves while a fault is active,
/// and checks that the cache a crawl leaves behind is sound.
enum HardeningCrawl {
  static let retry = RetryPolicy(maxAttempts: 3, baseDelay: 0.02, maxDelay: 0.1)
  /// A one-second stall timeout, so a silent server costs seconds, not the default half minute.
  static let timeouts = NetworkTimeouts(connect: 2, total: 20, stall: 1)

  static func options(retry: RetryPolicy = retry, maxPageBytes: Int = 32 << 20, maxListingBytes: Int = 1 << 30)
    -> CrawlOptions
  {
    CrawlOptions(
      concurrency: 4, retry: retry, inspect: false, maxListingBytes: maxListingBytes, maxPageBytes: maxPageBytes)
  }

  static func crawl(_ indexURL: String, cache: TemporaryDirectory, options: CrawlOptions = options()) throws
    -> CrawlSummary
  {
    let target = try RegistryTarget(
      indexURL: indexURL, mirrorDirectory: nil, cacheDirectory: cache.path, environment: [:], timeouts: timeouts)
    return try CrawlJob(target: target, options: options, lockWait: 0).run(console: Console(verbosity: .quiet))
  }

  /// SQLite finds nothing wrong, and every project marked fetched parses back into a record from its documents.
  @discardableResult
  static func expectSound(_ cache: TemporaryDirectory, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> [ProjectRecord]
  {
    let store = try CacheStore(directory: cache.url)
    #expect(try store.integrityProblems().isEmpty, sourceLocation: sourceLocation)
    let records = try store.records()
    let stored = Set(records.map(\.name))
    let fetched = try store.projectStates().filter { $0.value.state == .fetched }.map(\.key)
    #expect(
      fetched.allSatisfy(stored.contains), "a project marked fetched has no record", sourceLocation: sourceLocation)
    return records
  }

  /// A mirror server with a fault that can be switched off, and a count of requests per path.
  final class FaultyMirror: Sendable {
    let server: MirrorServer
    private let state = FaultState()

    /// Whether the fault is on, and how many times each path was requested.
    private final class FaultState: Sendable {
      let active = Mutex(true)
      let hits = Mutex<[String: Int]>([:])
    }

    /// `fault` gets each request and how many times its path was asked for before; nil serves it normally.
    init(fault: @escaping @Sendable (FixtureServer.Request, Int) -> FixtureServer.Reply?) throws {
      let state = self.state
      server = try MirrorServer(directory: try CrawlerTests.mirror.url, dialect: .json) { request in
        let seen = state.hits.withLock { counts -> Int in
          defer { counts[request.path, default: 0] += 1 }
          return counts[request.path, default: 0]
        }
        return state.active.withLock { $0 } ? fault(request, seen) : nil
      }
    }

    var indexURL: String { server.indexURL }
    var origin: String { server.origin }
    func requests(_ path: String) -> Int { state.hits.withLock { $0[path, default: 0] } }
    func heal() { state.active.withLock { $0 = false } }
    func shutdown() { server.shutdown() }
  }

  /// Crawls once with the fault active, checks the cache, then heals the server and proves a second crawl
  /// completes every project.
  ///
  /// - Returns: the summary of the faulty crawl.
  static func exercise(
    _ mirror: FaultyMirror, options: CrawlOptions = options(), sourceLocation: SourceLocation = #_sourceLocation,
    afterFault: (CrawlSummary, CacheStore) throws -> Void
  ) throws {
    let cache = try TemporaryDirectory(prefix: "fault")
    let faulty = try crawl(mirror.indexURL, cache: cache, options: options)
    try expectSound(cache, sourceLocation: sourceLocation)
    try afterFault(faulty, try CacheStore(directory: cache.url))
    mirror.heal()
    let healed = try crawl(mirror.indexURL, cache: cache, options: options)
    #expect(healed.counts.failed == 0 && healed.counts.stale == 0, sourceLocation: sourceLocation)
    let records = try expectSound(cache, sourceLocation: sourceLocation)
    #expect(records.count == (try CrawlerTests.projectCount), sourceLocation: sourceLocation)
  }
}
