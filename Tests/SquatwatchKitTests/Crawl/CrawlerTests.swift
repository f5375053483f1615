import Foundation
import SquatwatchFixtures
import SquatwatchKit
import SquatwatchTestSupport
import Synchronization
import Testing

/// End-to-end crawls of a generated index served over real HTTP on 127.0.0.1; nothing is mocked.
@Suite(.tags(.server)) struct CrawlerTests {
  /// A generated 60-project registry written as a bandersnatch mirror (metadata only), shared by the tests.
  private static let generated = Result { () throws -> TemporaryDirectory in
    let directory = try TemporaryDirectory(prefix: "crawler-mirror")
    let registry = RegistryGenerator.generate(projectCount: 60, seed: 7)
    _ = try BandersnatchMirrorWriter(options: .init(distributions: false)).write(registry, to: directory.url)
    return directory
  }

  static var mirror: TemporaryDirectory {
    get throws { try generated.get() }
  }

  static var projects: [String] {
    get throws {
      try FileManager.default.contentsOfDirectory(atPath: try mirror.path + "/web/simple")
        .filter { !$0.hasPrefix("index") }.sorted()
    }
  }

  static var projectCount: Int {
    get throws { try projects.count }
  }

  static let fastRetry = RetryPolicy(maxAttempts: 3, baseDelay: 0.02, maxDelay: 0.1)

  static func crawl(
    _ indexURL: String, cache: TemporaryDirectory, projects: [String]? = nil, concurrency: Int = 4
  ) throws -> CrawlSummary {
    let target = try RegistryTarget(
      indexURL: indexURL, mirrorDirectory: nil, cacheDirectory: cache.path, environment: [:])
    // The mirror holds metadata only; inspection has its own end-to-end tests.
    let options = CrawlOptions(projects: projects, concurrency: concurrency, retry: fastRetry, inspect: false)
    return try CrawlJob(target: target, options: options, lockWait: 0).run(console: Console(verbosity: .quiet))
  }

  static func pageRequests(_ server: MirrorServer) -> [FixtureServer.Request] {
    server.requests.filter { $0.path.hasPrefix("/simple/") && $0.path != "/simple/" }
  }

  @Test func crawlsAJSONIndexCompletely() throws {
    let count = try Self.projectCount
    let server = try MirrorServer(directory: try Self.mirror.url, dialect: .json)
    defer { server.shutdown() }
    let cache = try TemporaryDirectory()
    let summary = try Self.crawl(server.indexURL, cache: cache)
    #expect(summary.counts.fetched == count)
    #expect(summary.counts.failed == 0)
    #expect(
      summary.capabilities
        == IndexCapabilities(simpleFormat: .json, hasJSONAPI: true, hasSerials: true, apiVersion: "1.1"))
    let records = try CacheStore(directory: cache.url).records()
    #expect(records.count == count)
    #expect(records.allSatisfy { $0.jsonAPI == .present && $0.metadata != nil && !($0.page?.files.isEmpty ?? true) })
    #expect(records.contains { !($0.metadata?.owners.isEmpty ?? true) })
    let accept = server.requests.first { $0.path == "/simple/" }?.headers["accept"] ?? ""
    #expect(accept.hasPrefix("application/vnd.pypi.simple.v1+json"))
    #expect(server.requests.allSatisfy { $0.headers["user-agent"]?.hasPrefix("squatwatch/") ?? false })
  }

  @Test func crawlsAnHTMLOnlyIndexAndAsksForTheJSONAPIOnlyOnce() throws {
    let count = try Self.projectCount
    let server = try MirrorServer(directory: try Self.mirror.url, dialect: .htmlOnly)
    defer { server.shutdown() }
    let cache = try TemporaryDirectory()
    let summary = try Self.crawl(server.indexURL, cache: cache)
    #expect(summary.counts.fetched == count)
    #expect(summary.capabilities.simpleFormat == .html)
    #expect(!summary.capabilities.hasJSONAPI)
    #expect(!summary.capabilities.hasSerials)
    #expect(server.requests.filter { $0.path.hasPrefix("/pypi/") }.count <= 3)
    let records = try CacheStore(directory: cache.url).records()
    #expect(records.allSatisfy { $0.jsonAPI == .unavailable && $0.page?.files.first?.sha256 != nil })
  }

  /// Crawls an unchanged index twice; returns the second summary and the page requests the second crawl made.
  static func recrawl(_ dialect: MirrorServer.Dialect) throws -> (second: CrawlSummary, again: [FixtureServer.Request])
  {
    let server = try MirrorServer(directory: try mirror.url, dialect: dialect)
    defer { server.shutdown() }
    let cache = try TemporaryDirectory()
    _ = try crawl(server.indexURL, cache: cache)
    let before = pageRequests(server).count
    let second = try crawl(server.indexURL, cache: cache)
    return (second, Array(pageRequests(server).dropFirst(before)))
  }

  @Test func recrawlWithSerialsDownloadsNoProjectPage() throws {
    let count = try Self.projectCount
    let (second, again) = try Self.recrawl(.json)
    #expect(second.counts.fetched == 0)
    #expect(second.counts.unchanged == count)
    #expect(again.isEmpty)
  }

  @Test func recrawlWithoutSerialsUsesConditionalRequests() throws {
    let count = try Self.projectCount
    let (second, revalidations) = try Self.recrawl(.htmlOnly)
    #expect(second.counts.fetched == 0)
    #expect(second.counts.unchanged == count)
    #expect(revalidations.count == count)
    #expect(revalidations.allSatisfy { $0.headers["if-none-match"] != nil })
  }

  @Test func recordsAProjectGoneFromTheIndexAsRemoved() throws {
    let listing = try Data(contentsOf: try Self.mirror.url.appendingPathComponent("web/simple/index.v1_json"))
    var object = try #require(try JSONSerialization.jsonObject(with: listing) as? [String: Any])
    var projects = try #require(object["projects"] as? [[String: Any]])
    let gone = try #require(projects.removeLast()["name"] as? String)
    object["projects"] = projects
    let shorter = try JSONSerialization.data(withJSONObject: object)
    let dropOne = Mutex(false)
    let server = try MirrorServer(directory: try Self.mirror.url, dialect: .json) { request in
      guard request.path == "/simple/", dropOne.withLock({ $0 }) else { return nil }
      return .response(
        status: 200, headers: ["Content-Type": "application/vnd.pypi.simple.v1+json"], body: shorter)
    }
    defer { server.shutdown() }
    let cache = try TemporaryDirectory()
    _ = try Self.crawl(server.indexURL, cache: cache)
    dropOne.withLock { $0 = true }
    let second = try Self.crawl(server.indexURL, cache: cache)
    #expect(second.removed == 1)
    let store = try CacheStore(directory: cache.url)
    #expect(try store.stateCounts()[.removed] == 1)
    #expect(try !store.records().contains { $0.name == ProjectName.normalize(gone) })
  }

  @Test func retriesAStalePageLaterInsteadOfStoringIt() throws {
    let count = try Self.projectCount
    let stale = Mutex(true)
    let victim = Mutex<String?>(nil)
    let server = try MirrorServer(directory: try Self.mirror.url, dialect: .json) { request in
      guard stale.withLock({ $0 }), request.path.hasPrefix("/simple/"), request.path != "/simple/" else { return nil }
      let name = victim.withLock { current in
        current = current ?? request.path
        return current
      }
      guard request.path == name else { return nil }
      // A CDN copy from before the serial the listing announced.
      return .response(
        status: 200,
        headers: ["Content-Type": "application/vnd.pypi.simple.v1+json", "X-PyPI-Last-Serial": "0"],
        body: Data(#"{"meta":{"api-version":"1.1"},"name":"x","files":[]}"#.utf8))
    }
    defer { server.shutdown() }
    let cache = try TemporaryDirectory()
    let first = try Self.crawl(server.indexURL, cache: cache, concurrency: 1)
    #expect(first.counts.stale == 1)
    #expect(first.counts.fetched == count - 1)
    let store = try CacheStore(directory: cache.url)
    #expect(try store.records().count == count - 1)
    #expect(try store.stateCounts()[.stale] == 1)
    stale.withLock { $0 = false }
    let second = try Self.crawl(server.indexURL, cache: cache)
    #expect(second.counts.fetched == 1)
    #expect(try store.records().count == count)
  }

  @Test func honoursRetryAfterOn429() throws {
    let count = try Self.projectCount
    let throttled = Mutex(0)
    let server = try MirrorServer(directory: try Self.mirror.url, dialect: .json) { request in
      guard request.path.hasPrefix("/simple/"), request.path != "/simple/" else { return nil }
      let count = throttled.withLock { count -> Int in
        count += 1
        return count
      }
      return count == 1 ? .response(status: 429, headers: ["Retry-After": "1"], body: Data()) : nil
    }
    defer { server.shutdown() }
    let cache = try TemporaryDirectory()
    let summary = try Self.crawl(server.indexURL, cache: cache, concurrency: 1)
    #expect(summary.counts.fetched == count)
    let pages = Self.pageRequests(server)
    let gap = pages[1].receivedAt.timeIntervalSince(pages[0].receivedAt)
    #expect(pages[0].path == pages[1].path)
    #expect(gap >= 0.9)
  }

  @Test func recordsAProjectThatKeepsFailingAndRetriesItNextRun() throws {
    let count = try Self.projectCount
    let broken = "/simple/\(try #require(try Self.projects.first))/"
    let server = try MirrorServer(directory: try Self.mirror.url, dialect: .json) { request in
      request.path == broken ? .response(status: 503, headers: [:], body: Data()) : nil
    }
    defer { server.shutdown() }
    let cache = try TemporaryDirectory()
    let first = try Self.crawl(server.indexURL, cache: cache)
    #expect(first.counts.failed == 1)
    #expect(first.counts.fetched == count - 1)
    #expect(first.failures.first?.error.contains("503") ?? false)
    let attempts = server.requests.filter { $0.path == broken }.count
    #expect(attempts == Self.fastRetry.maxAttempts)
    let second = try Self.crawl(server.indexURL, cache: cache)
    #expect(second.counts.failed == 1)
    #expect(server.requests.filter { $0.path == broken }.count == 2 * attempts)
  }
}
