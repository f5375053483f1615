import Foundation
import SquatwatchKit
import SquatwatchTestSupport
import Testing

/// `squatwatch observe` against a local server implementing PyPI's observations API, as an admin runs it.
@Suite(.tags(.process)) struct ObserveCommandTests {
  static let token = "pypi-AgEIcHlwaS5vcmcCJGZha2Utb2JzZXJ2ZXItdG9rZW4"

  /// The hand-made report (three flagged suspects and a defensive placeholder) as a `--format json` file.
  final class Setup: Sendable {
    let work: TemporaryDirectory
    let report: URL
    let cache: URL

    init() throws {
      work = try TemporaryDirectory(prefix: "observe")
      report = work.url.appendingPathComponent("report.json")
      cache = work.url.appendingPathComponent("cache")
      try JSONReportWriter.data(ReportSamples.handMade).write(to: report)
    }

    /// Runs `observe` on the report with this cache, the token in the environment unless `token` is nil.
    func observe(
      _ server: ObservationsServer?, _ arguments: [String] = [], token: String? = ObserveCommandTests.token,
      apiURL: String? = nil
    ) throws -> (status: Int32, stdout: String, stderr: String) {
      var environment = ProcessInfo.processInfo.environment
      environment[ObserverToken.environmentVariable] = token
      let api = apiURL ?? server?.origin ?? "https://pypi.org"
      return try BuiltProduct.run(
        "squatwatch",
        ["observe", "--report", report.path, "--cache-dir", cache.path, "--api-url", api] + arguments,
        environment: environment)
    }

    /// Every byte of every file in the cache, as text, to look for the token in.
    func cacheBytes() throws -> String {
      let files = try FileManager.default.contentsOfDirectory(at: cache, includingPropertiesForKeys: nil)
      return try files.map { String(decoding: try Data(contentsOf: $0), as: UTF8.self) }.joined()
    }
  }

  static let everyProject: Set<String> = ["reqeusts", "acme-helper", "sudo-tools", "request"]

  @Test(.tags(.server)) func sendsEachFlaggedProjectOnceAndRemembersItInTheCache() throws {
    let setup = try Setup()
    let server = try ObservationsServer(projects: Self.everyProject, observerToken: Self.token)
    defer { server.shutdown() }
    let first = try setup.observe(server, ["--min-score", "0"])
    #expect(first.status == ExitStatus.clean.rawValue, "\(first.stderr)")
    let kinds = Dictionary(uniqueKeysWithValues: server.accepted.map { ($0.project, $0.kind) })
    #expect(kinds == ["reqeusts": "is_dependency_confusion", "acme-helper": "is_spam", "sudo-tools": "something_else"])
    #expect(first.stdout.split(separator: "\n").filter { $0.hasPrefix("sent ") }.count == 3)
    #expect(first.stderr.contains("3 sent"))
    for request in server.requests {
      #expect(request.headers["authorization"] == "Bearer \(Self.token)")
      #expect(request.headers["content-type"] == ObservationsServer.mediaType)
      let body = try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: String])
      #expect(Set(body.keys) == ["kind", "summary"])
    }
    let summary = try #require(server.accepted.first { $0.project == "acme-helper" }?.summary)
    #expect(summary.hasPrefix("squatwatch \(SquatwatchVersion.current): likely-squat, score 0.82."))

    let second = try setup.observe(server, ["--min-score", "0"])
    #expect(second.status == ExitStatus.clean.rawValue, "\(second.stderr)")
    #expect(server.requests.count == 3)
    #expect(second.stdout.split(separator: "\n").filter { $0.hasPrefix("already sent ") }.count == 3)

    // Another cache has sent nothing yet: by default only likely squats (0.8 and above) go.
    let elsewhere = try setup.observe(server, ["--cache-dir", setup.work.url.appendingPathComponent("other").path])
    #expect(elsewhere.status == ExitStatus.clean.rawValue, "\(elsewhere.stderr)")
    #expect(server.accepted.suffix(from: 3).map(\.project) == ["reqeusts", "acme-helper"])

    for text in [first.stdout, first.stderr, second.stdout, second.stderr, try setup.cacheBytes()] {
      #expect(!text.contains(Self.token))
    }
  }

  @Test(.tags(.server)) func waitsOutA429AsRetryAfterSays() throws {
    let setup = try Setup()
    let server = try ObservationsServer(
      projects: Self.everyProject, observerToken: Self.token, rateLimited: ["reqeusts": 1])
    defer { server.shutdown() }
    let run = try setup.observe(server, ["--min-score", "0"])
    #expect(run.status == ExitStatus.clean.rawValue, "\(run.stderr)")
    #expect(server.accepted.count == 3)
    let tries = server.requests.filter { $0.path.contains("/reqeusts/") }
    #expect(tries.count == 2)
    if tries.count == 2 { #expect(tries[1].receivedAt.timeIntervalSince(tries[0].receivedAt) >= 0.9) }
  }

  @Test(.tags(.server)) func stopsAtARefusedTokenSendingNothingMore() throws {
    let setup = try Setup()
    let server = try ObservationsServer(projects: Self.everyProject, observerToken: Self.token)
    defer { server.shutdown() }
    let wrong = try setup.observe(server, ["--min-score", "0"], token: "pypi-not-the-token")
    #expect(wrong.status == ExitStatus.crawlFailed.rawValue)
    #expect(wrong.stderr.contains("refused the token (401: Invalid or missing API token)"))
    #expect(wrong.stderr.contains("observer access"))
    #expect(!wrong.stderr.contains("pypi-not-the-token") && !wrong.stdout.contains("pypi-not-the-token"))
    #expect(server.requests.count == 1)

    let readOnly = try setup.observe(server, ["--min-score", "0"], token: "pypi-read-only")
    #expect(readOnly.status == ExitStatus.crawlFailed.rawValue)
    #expect(readOnly.stderr.contains("refused the token (403"))
    #expect(server.requests.count == 2)

    // Nothing was recorded as sent, so the right token sends all three.
    let right = try setup.observe(server, ["--min-score", "0"])
    #expect(right.status == ExitStatus.clean.rawValue, "\(right.stderr)")
    #expect(server.accepted.count == 3)
  }

  @Test(.tags(.server)) func reportsA400OrA404PerProjectAndGoesOn() throws {
    let setup = try Setup()
    let server = try ObservationsServer(
      projects: ["reqeusts", "sudo-tools"], observerToken: Self.token, refusing: ["sudo-tools"])
    defer { server.shutdown() }
    let run = try setup.observe(server, ["--min-score", "0"])
    #expect(run.status == ExitStatus.findings.rawValue)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains("sent          is_dependency_confusion reqeusts"))
    #expect(lines.contains { $0.hasPrefix("not on PyPI   is_spam                 acme-helper  (404") })
    #expect(
      lines.contains(
        "rejected      something_else          sudo-tools  (400: missing required fields; missing inspector_url)"))
    #expect(server.accepted.map(\.project) == ["reqeusts"])

    let again = try setup.observe(server, ["--min-score", "0"])
    #expect(again.stdout.contains("already sent  is_dependency_confusion reqeusts"))
    #expect(server.requests.count == 5)
  }

  @Test(.tags(.server)) func dryRunPrintsEachRequestAndSendsNothing() throws {
    let setup = try Setup()
    let server = try ObservationsServer(projects: Self.everyProject, observerToken: Self.token)
    defer { server.shutdown() }
    let run = try setup.observe(server, ["--min-score", "0", "--dry-run"], token: nil)
    #expect(run.status == ExitStatus.clean.rawValue, "\(run.stderr)")
    #expect(server.requests.isEmpty)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 6)
    #expect(lines[0] == "POST \(server.origin)/danger-api/projects/reqeusts/observations")
    let body = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: String])
    #expect(body["kind"] == "is_dependency_confusion")
    #expect(body["summary"]?.contains("typosquat (0.90)") == true)
    #expect(run.stderr.contains("3 would send"))
  }

  @Test func refusesToRunWithoutATokenOrToSendItInClearText() throws {
    let setup = try Setup()
    let none = try setup.observe(nil, token: nil)
    #expect(none.status == ExitStatus.usage.rawValue)
    #expect(none.stderr.contains("set PYPI_OBSERVER_TOKEN or pass --token-file FILE"))
    let clear = try setup.observe(nil, apiURL: "http://pypi.example/")
    #expect(clear.status == ExitStatus.usage.rawValue)
    #expect(clear.stderr.contains("--api-url must be https"))
  }

  @Test(.tags(.server)) func readsTheTokenFromAFile() throws {
    let setup = try Setup()
    let server = try ObservationsServer(projects: Self.everyProject, observerToken: Self.token)
    defer { server.shutdown() }
    let file = setup.work.url.appendingPathComponent("token")
    try Data("\(Self.token)\n".utf8).write(to: file)
    let run = try setup.observe(server, ["--token-file", file.path], token: "pypi-not-the-token")
    #expect(run.status == ExitStatus.clean.rawValue, "\(run.stderr)")
    #expect(server.accepted.count == 2)
  }

  @Test(.tags(.server)) func anUnreachableAPIStopsTheRun() throws {
    let setup = try Setup()
    let server = try ObservationsServer(projects: Self.everyProject, observerToken: Self.token)
    let origin = server.origin
    server.shutdown()
    let run = try setup.observe(nil, ["--min-score", "0"], apiURL: origin)
    #expect(run.status == ExitStatus.crawlFailed.rawValue)
    #expect(run.stderr.contains("cannot reach the observations API at \(origin)"))
  }
}
