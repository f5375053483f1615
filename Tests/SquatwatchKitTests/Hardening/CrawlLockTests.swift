import Foundation
import SquatwatchKit
import SquatwatchTestSupport
import Testing

/// Two crawls of one cache never interleave: the second is refused at once, or waits for the first to end.
@Suite(.tags(.server, .process)) struct CrawlLockTests {
  @Test func aSecondCrawlIsRefusedOrWaitsForTheFirst() throws {
    let count = try CrawlerTests.projectCount
    let server = try MirrorServer(directory: try CrawlerTests.mirror.url, dialect: .json, latency: 0.02)
    defer { server.shutdown() }
    let cache = try TemporaryDirectory(prefix: "lock")
    let first = Process()
    first.executableURL = try BuiltProduct.url("squatwatch")
    first.arguments = [
      "crawl", "--index-url", server.indexURL, "--cache-dir", cache.path, "--concurrency", "2", "--quiet",
      "--no-inspect",
    ]
    try first.run()
    // Wait until the first crawl is fetching pages, i.e. holds the lock.
    let deadline = Date().addingTimeInterval(20)
    while !server.requests.contains(where: { $0.path.hasPrefix("/simple/") && $0.path != "/simple/" }),
      Date() < deadline
    {
      Thread.sleep(forTimeInterval: 0.01)
    }

    let target = try RegistryTarget(
      indexURL: server.indexURL, mirrorDirectory: nil, cacheDirectory: cache.path, environment: [:])
    let options = CrawlOptions(concurrency: 2, retry: HardeningCrawl.retry, inspect: false)
    let console = Console(verbosity: .quiet)
    #expect {
      _ = try CrawlJob(target: target, options: options, lockWait: 0).run(console: console)
    } throws: { error in
      (error as? SquatwatchError)?.code == .locked && "\(error)".contains(cache.path)
    }
    #expect(first.isRunning, "the first crawl ended before the second tried the lock")

    let second = try CrawlJob(target: target, options: options, lockWait: 60).run(console: console)
    first.waitUntilExit()
    #expect(first.terminationStatus == 0)
    // The second crawl listed the index only after the first fetched its last page (the second fetches no
    // page at all: it found all the first one's work committed).
    let paths = server.requests.map(\.path)
    let secondListing = try #require(paths.lastIndex(of: "/simple/"))
    #expect(paths.filter { $0 == "/simple/" }.count == 2)
    #expect(!paths[secondListing...].contains { $0.hasPrefix("/simple/") && $0 != "/simple/" })
    #expect(second.counts.unchanged == count)
    #expect(second.counts.fetched == 0)
    #expect(try HardeningCrawl.expectSound(cache).count == count)
  }
}
