import Foundation
import SquatwatchKit
import SquatwatchTestSupport
import Testing

/// A crawl killed with SIGKILL at any moment resumes without refetching committed work and ends identical.
@Suite(.tags(.server, .process)) struct KillResumeTests {
  static func records(_ cache: TemporaryDirectory) throws -> [String] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return try CacheStore(directory: cache.url).records().map {
      String(decoding: try encoder.encode($0), as: UTF8.self)
    }
  }

  @Test func killedCrawlsResumeAndEndIdenticalToAnUninterruptedOne() throws {
    let server = try MirrorServer(directory: try CrawlerTests.mirror.url, dialect: .json, latency: 0.02)
    defer { server.shutdown() }
    let reference = try TemporaryDirectory()
    _ = try CrawlerTests.crawl(server.indexURL, cache: reference)

    let expected = try Self.records(reference)
    var generator = SystemRandomNumberGenerator()
    for round in 0..<6 {
      let cache = try TemporaryDirectory(prefix: "kill-\(round)")
      let arguments = [
        "crawl", "--index-url", server.indexURL, "--cache-dir", cache.path, "--concurrency", "2", "--quiet",
        "--no-inspect",
      ]
      let process = Process()
      process.executableURL = try BuiltProduct.url("squatwatch")
      process.arguments = arguments
      try process.run()
      Thread.sleep(forTimeInterval: Double.random(in: 0.1...0.7, using: &generator))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      #expect(process.terminationReason == .uncaughtSignal, "round \(round): the crawl ended before the kill")

      // What the killed crawl committed as done must not be fetched again.
      let done = Set(
        try CacheStore(directory: cache.url).projectStates().filter { $0.value.state == .fetched }.map(\.key))
      let mark = server.requests.count
      let resumed = try BuiltProduct.run("squatwatch", arguments)
      #expect(resumed.status == 0, "round \(round): resumed crawl failed: \(resumed.stderr)")
      let refetched = server.requests.dropFirst(mark).compactMap { request -> String? in
        let parts = request.path.split(separator: "/")
        guard parts.count == 2, parts[0] == "simple" else { return nil }
        return done.contains(String(parts[1])) ? request.path : nil
      }
      #expect(refetched.isEmpty, "round \(round): refetched after resume: \(refetched)")
      #expect(try Self.records(cache) == expected, "round \(round): resumed cache differs from an uninterrupted crawl")
    }
  }
}
