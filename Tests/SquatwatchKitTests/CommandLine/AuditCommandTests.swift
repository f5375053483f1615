import Foundation
import SquatwatchFixtures
import SquatwatchKit
import SquatwatchTestSupport
import Testing

/// The `squatwatch` command line, run as a user runs it, against a generated registry over real HTTP.
@Suite(.tags(.process)) struct AuditCommandTests {
  @Test(.tags(.server)) func auditFindsThePlantedSquatsAndNoPopularProject() throws {
    let registry = RegistryGenerator.generate(projectCount: 300, seed: 21)
    let mirror = try TemporaryDirectory(prefix: "audit-mirror")
    _ = try BandersnatchMirrorWriter().write(registry, to: mirror.url)
    let server = try MirrorServer(directory: mirror.url, dialect: .json)
    defer { server.shutdown() }
    let cache = try TemporaryDirectory()
    let report = cache.url.appendingPathComponent("report.json")
    let run = try BuiltProduct.run(
      "squatwatch",
      ["audit", "--index-url", server.indexURL, "--cache-dir", cache.path, "--format", "json", "--output", report.path])
    #expect(run.status == ExitStatus.findings.rawValue, "\(run.stderr)")
    #expect(run.stdout.isEmpty)
    let parsed = try JSONReportWriter.report(from: Data(contentsOf: report))
    #expect(parsed.projectsScanned == registry.projects.count)
    let suspects = Set(parsed.suspects.filter { $0.verdict != .defensivePlaceholder }.map(\.project))
    let planted = registry.projects.filter { $0.label.isSquat }.map(\.normalizedName)
    let found = planted.filter(suspects.contains)
    #expect(Double(found.count) >= 0.9 * Double(planted.count), "missed: \(Set(planted).subtracting(found))")
    let popular = registry.projects.filter { $0.label == .popular }.map(\.normalizedName)
    #expect(popular.allSatisfy { !suspects.contains($0) })

    // Each run hashes with a new seed; the report must not depend on it.
    var reports: [AuditReport] = []
    for _ in 0..<2 {
      let again = try BuiltProduct.run(
        "squatwatch", ["check", "--cache-dir", cache.path, "--format", "json", "--output", report.path])
      #expect(again.status == ExitStatus.findings.rawValue)
      var next = try JSONReportWriter.report(from: Data(contentsOf: report))
      next.generatedAt = parsed.generatedAt
      reports.append(next)
    }
    #expect(reports[0] == reports[1])
    #expect(reports[0].suspects == parsed.suspects)
  }

  @Test func explainsUsageErrorsWithExitCodeTwo() throws {
    let missing = try BuiltProduct.run("squatwatch", ["crawl"])
    #expect(missing.status == ExitStatus.usage.rawValue)
    #expect(missing.stderr.contains("--index-url URL or --mirror-dir DIR"))
    let bad = try BuiltProduct.run("squatwatch", ["check", "--cache-dir", "/tmp", "--min-score", "3"])
    #expect(bad.status == ExitStatus.usage.rawValue)
    let empty = try TemporaryDirectory()
    let uncrawled = try BuiltProduct.run("squatwatch", ["check", "--cache-dir", empty.path])
    #expect(uncrawled.status == ExitStatus.usage.rawValue)
    #expect(uncrawled.stderr.contains("holds no crawl yet"))
  }

  @Test func helpDocumentsTheExitCodes() throws {
    let help = try BuiltProduct.run("squatwatch", ["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("3 the index could not be crawled"))
    #expect(help.stdout.contains("audit"))
  }
}

@Suite(.tags(.server, .process)) struct CrawlTimeoutOptionTests {
  /// A server that answers each project page 3 s late: with --timeout 1 every attempt gives up, so the project
  /// is recorded failed; with the default timeout it would be fetched.
  @Test func timeoutOptionReachesTheTransfers() throws {
    let json = ["Content-Type": "application/vnd.pypi.simple.v1+json"]
    let server = try FixtureServer { request in
      switch request.path {
      case "/simple/":
        return .response(
          status: 200, headers: json,
          body: Data(#"{"meta":{"api-version":"1.1"},"projects":[{"name":"slow"}]}"#.utf8))
      case "/simple/slow/":
        return .delayed(
          seconds: 3,
          .response(
            status: 200, headers: json, body: Data(#"{"meta":{"api-version":"1.1"},"name":"slow","files":[]}"#.utf8)))
      default:
        return .response(status: 404, headers: [:], body: Data())
      }
    }
    defer { server.shutdown() }
    let cache = try TemporaryDirectory()
    let run = try BuiltProduct.run(
      "squatwatch",
      ["crawl", "--index-url", server.origin + "/simple/", "--cache-dir", cache.path, "--timeout", "1", "--no-inspect"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.contains("fetched 0, unchanged 0, failed 1"))
    let help = try BuiltProduct.run("squatwatch", ["crawl", "--help"])
    #expect(help.stdout.contains("--stall-timeout"))
  }
}
