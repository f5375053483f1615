import Foundation
import SquatwatchKit
import SquatwatchTestSupport
import Synchronization
import Testing

/// Network faults from a real server on 127.0.0.1: each test states the outcome (retried, recorded, or a stop
/// with a clear error), then proves the cache is sound and that a crawl after the fault completes every project.
@Suite(.tags(.server)) struct FaultMatrixTests {
  static func victim(_ position: Int) throws -> (name: String, path: String) {
    let name = try CrawlerTests.projects[position]
    return (name, "/simple/\(name)/")
  }

  static func pageBody(_ name: String) throws -> Data {
    try Data(contentsOf: try CrawlerTests.mirror.url.appendingPathComponent("web/simple/\(name)/index.v1_json"))
  }

  static let jsonPage = ["Content-Type": SimpleIndexParser.jsonMediaType]

  static func failure(_ summary: CrawlSummary, _ name: String) -> String? {
    summary.failures.first { $0.name == name }?.error
  }

  /// Retried: 429 without `Retry-After` backs off like any transient status.
  @Test func retriesA429WithoutRetryAfter() throws {
    let victim = try Self.victim(0)
    let mirror = try HardeningCrawl.FaultyMirror { request, seen in
      request.path == victim.path && seen < 2 ? .response(status: 429, headers: [:], body: Data()) : nil
    }
    defer { mirror.shutdown() }
    try HardeningCrawl.exercise(mirror) { summary, _ throws in
      #expect(summary.counts.failed == 0)
      #expect(summary.counts.fetched == (try CrawlerTests.projectCount))
      #expect(mirror.requests(victim.path) == 3)
    }
  }

  /// Retried: every project page first answers two of 500/502/503, then recovers.
  @Test func retriesBurstsOfServerErrorsUntilTheyRecover() throws {
    let statuses = [500, 502, 503]
    let mirror = try HardeningCrawl.FaultyMirror { request, seen in
      guard request.path.hasPrefix("/simple/"), request.path != "/simple/", seen < 2 else { return nil }
      return .response(status: statuses[(request.path.count + seen) % 3], headers: [:], body: Data())
    }
    defer { mirror.shutdown() }
    try HardeningCrawl.exercise(mirror) { summary, _ throws in
      #expect(summary.counts.failed == 0)
      #expect(summary.counts.fetched == (try CrawlerTests.projectCount))
      #expect(try CrawlerTests.projects.allSatisfy { mirror.requests("/simple/\($0)/") == 3 })
    }
  }

  /// Retried, then recorded: a connection reset in the middle of a chunked body is a transport failure;
  /// once it is retried and stored, always it is recorded as failed and nothing of it is stored.
  @Test func retriesAndRecordsAConnectionResetMidBody() throws {
    let once = try Self.victim(0)
    let always = try Self.victim(1)
    let partial = FixtureServer.bytes(
      status: 200, headers: ["Content-Type": SimpleIndexParser.jsonMediaType, "Transfer-Encoding": "chunked"],
      body: Data("400\r\n{\"meta\": {\"api-version\": \"1.1\"}, \"files\": [".utf8))
    let mirror = try HardeningCrawl.FaultyMirror { request, seen in
      switch request.path {
      case once.path where seen == 0, always.path: .raw(partial)
      default: nil
      }
    }
    defer { mirror.shutdown() }
    try HardeningCrawl.exercise(mirror) { summary, store throws in
      #expect(summary.counts.failed == 1)
      #expect(mirror.requests(once.path) == 2)
      #expect(mirror.requests(always.path) == HardeningCrawl.retry.maxAttempts)
      #expect(Self.failure(summary, always.name) != nil)
      #expect(try store.record(always.name) == nil)
      #expect(try store.record(once.name) != nil)
    }
  }

  /// Recorded: a body shorter than its `Content-Length` is never stored as the page.
  @Test func recordsABodyShorterThanItsContentLength() throws {
    let victim = try Self.victim(0)
    let body = try Self.pageBody(victim.name)
    let short = FixtureServer.bytes(
      status: 200,
      headers: ["Content-Type": SimpleIndexParser.jsonMediaType, "Content-Length": "\(body.count + 5000)"],
      body: body)
    let mirror = try HardeningCrawl.FaultyMirror { request, _ in request.path == victim.path ? .raw(short) : nil }
    defer { mirror.shutdown() }
    try HardeningCrawl.exercise(mirror) { summary, store throws in
      #expect(summary.counts.failed == 1)
      #expect(mirror.requests(victim.path) == HardeningCrawl.retry.maxAttempts)
      #expect(Self.failure(summary, victim.name)?.contains("partial") ?? false)
      #expect(try store.record(victim.name) == nil)
      #expect(try store.document(project: victim.name, kind: .simple) == nil)
    }
  }

  /// Recorded within the stall timeout: a server that sends headers and then nothing costs seconds, not forever.
  @Test func abandonsAServerThatStallsAfterTheHeaders() throws {
    let victim = try Self.victim(0)
    let mirror = try HardeningCrawl.FaultyMirror { request, _ in
      request.path == victim.path
        ? .stall(status: 200, headers: ["Content-Type": SimpleIndexParser.jsonMediaType, "Content-Length": "4096"])
        : nil
    }
    defer { mirror.shutdown() }
    let options = HardeningCrawl.options(retry: RetryPolicy(maxAttempts: 2, baseDelay: 0.02, maxDelay: 0.1))
    try HardeningCrawl.exercise(mirror, options: options) { summary, _ throws in
      #expect(summary.counts.failed == 1)
      #expect(Self.failure(summary, victim.name)?.lowercased().contains("timeout") ?? false)
      #expect(mirror.requests(victim.path) == 2)
      // Two attempts of about one stall timeout each; the default would be a minute.
      #expect(summary.seconds < 15)
    }
  }

  /// Recorded, not retried: a same-origin redirect loop ends after the redirect limit.
  @Test func recordsASameOriginRedirectLoop() throws {
    let victim = try Self.victim(0)
    let origin = Mutex("")
    let mirror = try HardeningCrawl.FaultyMirror { request, seen in
      guard request.path.hasPrefix(victim.path) else { return nil }
      let here = origin.withLock { $0 }
      return .response(status: 302, headers: ["Location": "\(here)\(victim.path)?hop=\(seen % 2)"], body: Data())
    }
    defer { mirror.shutdown() }
    origin.withLock { $0 = mirror.origin }
    try HardeningCrawl.exercise(mirror) { summary, store throws in
      #expect(summary.counts.failed == 1)
      #expect(Self.failure(summary, victim.name)?.contains("redirects more than") ?? false)
      #expect(try store.record(victim.name) == nil)
    }
  }

  /// Recorded, not followed: a project page redirected to another host (pypiserver forwarding to pypi.org).
  @Test func recordsARedirectToAnotherHostWithoutFollowingIt() throws {
    let victim = try Self.victim(0)
    let mirror = try HardeningCrawl.FaultyMirror { request, _ in
      request.path == victim.path
        ? .response(status: 302, headers: ["Location": "https://pypi.org\(victim.path)"], body: Data()) : nil
    }
    defer { mirror.shutdown() }
    try HardeningCrawl.exercise(mirror) { summary, store throws in
      #expect(summary.counts.failed == 1)
      #expect(summary.counts.fetched == (try CrawlerTests.projectCount) - 1)
      #expect(Self.failure(summary, victim.name)?.contains("another host (pypi.org)") ?? false)
      #expect(mirror.requests(victim.path) == 1)
      #expect(try store.record(victim.name) == nil)
    }
  }

  /// Stop with a clear error: a login page where the index should be, on a cache that already holds a crawl;
  /// the stopped run leaves that crawl intact.
  @Test func stopsOnALoginPageAndKeepsTheCacheIntact() throws {
    let broken = Mutex(false)
    let login = Data(#"<html><form action="/login"><input type="password" name="p"></form></html>"#.utf8)
    let server = try MirrorServer(directory: try CrawlerTests.mirror.url, dialect: .json) { request in
      broken.withLock { $0 } && request.path == "/simple/"
        ? .response(status: 200, headers: ["Content-Type": "text/html"], body: login) : nil
    }
    defer { server.shutdown() }
    let cache = try TemporaryDirectory(prefix: "fault")
    _ = try HardeningCrawl.crawl(server.indexURL, cache: cache)
    let before = try HardeningCrawl.expectSound(cache)
    broken.withLock { $0 = true }
    #expect {
      _ = try HardeningCrawl.crawl(server.indexURL, cache: cache)
    } throws: { error in
      (error as? SquatwatchError)?.code == .notAnIndex && "\(error)".contains("login page")
    }
    #expect(try HardeningCrawl.expectSound(cache) == before)
    broken.withLock { $0 = false }
    let after = try HardeningCrawl.crawl(server.indexURL, cache: cache)
    #expect(after.counts.unchanged == before.count)
  }

  /// Read (a mislabelled but valid page is parsed in the index's own format) or recorded (a wrong type
  /// carrying something else).
  @Test func handlesAWrongContentTypeOnAProjectPage() throws {
    let mislabelled = try Self.victim(0)
    let image = try Self.victim(1)
    let body = try Self.pageBody(mislabelled.name)
    let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
    let mirror = try HardeningCrawl.FaultyMirror { request, _ in
      switch request.path {
      case mislabelled.path: .response(status: 200, headers: ["Content-Type": "text/plain"], body: body)
      case image.path: .response(status: 200, headers: ["Content-Type": "image/png"], body: png)
      default: nil
      }
    }
    defer { mirror.shutdown() }
    try HardeningCrawl.exercise(mirror) { summary, store throws in
      #expect(summary.counts.failed == 1)
      #expect(try store.record(mislabelled.name)?.page?.files.isEmpty == false)
      #expect(Self.failure(summary, image.name) != nil)
      #expect(try store.record(image.name) == nil)
    }
  }

  /// Retried, then recorded: a gzip-encoded body that is not gzip fails in the transfer, not in a parser.
  @Test func recordsCorruptGzip() throws {
    let victim = try Self.victim(0)
    let garbage = Data((0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
    let mirror = try HardeningCrawl.FaultyMirror { request, _ in
      request.path == victim.path
        ? .response(
          status: 200, headers: ["Content-Type": SimpleIndexParser.jsonMediaType, "Content-Encoding": "gzip"],
          body: Data([0x1F, 0x8B, 0x08, 0x00]) + garbage)
        : nil
    }
    defer { mirror.shutdown() }
    try HardeningCrawl.exercise(mirror) { summary, store throws in
      #expect(summary.counts.failed == 1)
      #expect(mirror.requests(victim.path) == HardeningCrawl.retry.maxAttempts)
      #expect(Self.failure(summary, victim.name) != nil)
      #expect(try store.record(victim.name) == nil)
    }
  }

  /// Recorded at the cap, not retried: a page announcing 8 GiB (and one with no length at all) is cut off at
  /// `maxPageBytes`, so memory stays bounded whatever the server sends.
  @Test func capsAHugeProjectPage() throws {
    let announced = try Self.victim(0)
    let unannounced = try Self.victim(1)
    let cap = 256 * 1024
    let flood = Data(repeating: 0x20, count: 4 * cap)
    let headers = ["Content-Type": SimpleIndexParser.jsonMediaType]
    let huge = FixtureServer.bytes(
      status: 200, headers: headers.merging(["Content-Length": "\(8 << 30)"]) { $1 }, body: flood)
    let endless =
      Data("HTTP/1.1 200 OK\r\nContent-Type: \(SimpleIndexParser.jsonMediaType)\r\nConnection: close\r\n\r\n".utf8)
      + flood
    let mirror = try HardeningCrawl.FaultyMirror { request, _ in
      switch request.path {
      case announced.path: .raw(huge)
      case unannounced.path: .raw(endless)
      default: nil
      }
    }
    defer { mirror.shutdown() }
    try HardeningCrawl.exercise(mirror, options: HardeningCrawl.options(maxPageBytes: cap)) { summary, store throws in
      #expect(summary.counts.failed == 2)
      for victim in [announced, unannounced] {
        #expect(Self.failure(summary, victim.name)?.contains("\(cap)-byte limit") ?? false)
        #expect(mirror.requests(victim.path) == 1)
        #expect(try store.record(victim.name) == nil)
      }
    }
  }

  /// Stop with a clear error: a root listing over `maxListingBytes`.
  @Test func stopsOnAListingOverItsCap() throws {
    let mirror = try HardeningCrawl.FaultyMirror { _, _ in nil }
    defer { mirror.shutdown() }
    let cache = try TemporaryDirectory(prefix: "fault")
    #expect {
      _ = try HardeningCrawl.crawl(mirror.indexURL, cache: cache, options: HardeningCrawl.options(maxListingBytes: 512))
    } throws: { error in
      (error as? SquatwatchError)?.code == .tooLarge && "\(error)".contains(mirror.indexURL)
    }
    try HardeningCrawl.expectSound(cache)
  }

  /// Recorded, then reconciled: a project listed but deleted before its page is fetched answers 404 and is
  /// recorded failed; a project created after the listing is picked up by the next run, which also records
  /// the deleted one as removed.
  @Test func reconcilesAListingThatChangesDuringTheCrawl() throws {
    let listingFile = try CrawlerTests.mirror.url.appendingPathComponent("web/simple/index.v1_json")
    var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: listingFile)) as? [String: Any])
    var projects = try #require(object["projects"] as? [[String: Any]])
    let late = try #require(projects.removeLast()["name"] as? String)
    projects.append(["name": "deleted-meanwhile", "_last-serial": 1])
    object["projects"] = projects
    let changed = try JSONSerialization.data(withJSONObject: object)
    let mirror = try HardeningCrawl.FaultyMirror { request, _ in
      request.path == "/simple/"
        ? .response(status: 200, headers: Self.jsonPage, body: changed) : nil
    }
    defer { mirror.shutdown() }
    let cache = try TemporaryDirectory(prefix: "fault")
    let first = try HardeningCrawl.crawl(mirror.indexURL, cache: cache)
    #expect(first.counts.failed == 1)
    #expect(Self.failure(first, "deleted-meanwhile")?.contains("404") ?? false)
    #expect(try CacheStore(directory: cache.url).record(ProjectName.normalize(late)) == nil)
    try HardeningCrawl.expectSound(cache)

    mirror.heal()
    let second = try HardeningCrawl.crawl(mirror.indexURL, cache: cache)
    #expect(second.removed == 1)
    #expect(second.counts.fetched == 1)
    #expect(second.failures.isEmpty)
    let store = try CacheStore(directory: cache.url)
    #expect(try store.stateCounts()[.removed] == 1)
    #expect(try store.record(ProjectName.normalize(late)) != nil)
    #expect(try HardeningCrawl.expectSound(cache).count == (try CrawlerTests.projectCount))
  }
}
