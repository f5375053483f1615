import Foundation
import SquatwatchFixtures
import SquatwatchKit
import SquatwatchTestSupport
import Testing

/// `squatwatch audit --upstream` as a security team runs it: a private index that demands credentials and an
/// upstream, both real servers on 127.0.0.1 (see `ConfusionRegistries`).
@Suite(.tags(.process)) struct DependencyConfusionAuditTests {
  static let secret = "pw-Upstream-never-sees-this"
  static let authorization = "Basic " + Data("auditor:\(secret)".utf8).base64EncodedString()

  /// The private index, refusing every request without the auditor's credentials.
  static func privateIndex(_ mirrors: ConfusionRegistries.Mirrors, dialect: MirrorServer.Dialect) throws -> MirrorServer
  {
    try MirrorServer(directory: mirrors.privateMirror.url, dialect: dialect) { request in
      request.headers["authorization"] == authorization
        ? nil : .response(status: 401, headers: ["WWW-Authenticate": "Basic realm=\"acme\""], body: Data())
    }
  }

  /// Runs the built command line with `HOME` in a fresh folder (plus whatever `environment` adds).
  static func squatwatch(
    _ arguments: [String], home: TemporaryDirectory, environment: [String: String] = [:]
  ) throws -> (status: Int32, stdout: String, stderr: String) {
    var variables = ["HOME": home.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"]
    variables.merge(environment) { $1 }
    return try BuiltProduct.run("squatwatch", arguments, environment: variables)
  }

  static func report(_ file: URL) throws -> AuditReport {
    try JSONReportWriter.report(from: Data(contentsOf: file))
  }

  /// Planted confusions found, the organization's own packages reported as mirrored, watched names flagged.
  static func expectPlantedFindings(_ report: AuditReport, upstream: String) throws {
    for name in ConfusionRegistries.claims {
      let suspect = try #require(report.suspect(name), "\(name) was not reported")
      #expect([.likelySquat, .suspicious].contains(suspect.verdict), "\(name): \(suspect.verdict)")
      let finding = try #require(suspect.finding(.dependencyConfusion))
      #expect(finding.evidence["upstream"] == .string(upstream))
      #expect(finding.evidence["private_version"] != nil, "\(name): the private side is not named")
      #expect(finding.summary.contains(upstream))
    }
    let billing = try #require(report.suspect("acme-billing")?.finding(.dependencyConfusion))
    #expect(billing.evidence["upstream_version"] == .string("99.0"))
    #expect(billing.evidence["pip_extra_index_url"] == .string("99.0 from the upstream over the private 1.4.0"))
    for name in ConfusionRegistries.mirrored {
      let suspect = try #require(report.suspect(name), "\(name) was not reported as mirrored")
      #expect(suspect.verdict == .defensivePlaceholder, "\(name) flagged: \(suspect.findings.map(\.summary))")
      #expect(suspect.finding(.dependencyConfusion)?.evidence["status"] == .string("mirrored"))
    }
    for name in ConfusionRegistries.internalOnly {
      #expect(report.suspect(name)?.finding(.dependencyConfusion) == nil, "\(name) has no collision")
    }
  }

  /// Requests the upstream received, as `path` strings.
  static func paths(_ requests: [FixtureServer.Request]) -> [String] { requests.map(\.path).sorted() }

  @Test(.tags(.server), arguments: ["netrc", "environment"])
  func auditFindsConfusionsWithoutLeakingCredentialsOrNames(credentials: String) throws {
    let mirrors = try ConfusionRegistries.mirrors.get()
    let privateServer = try Self.privateIndex(mirrors, dialect: .json)
    defer { privateServer.shutdown() }
    let upstream = try MirrorServer(directory: mirrors.upstreamMirror.url, dialect: .json)
    defer { upstream.shutdown() }
    let home = try TemporaryDirectory(prefix: "home")
    var environment: [String: String] = [:]
    if credentials == "netrc" {
      // libcurl matches ~/.netrc by host alone, and both servers are 127.0.0.1.
      try "machine 127.0.0.1 login auditor password \(Self.secret)\n".write(
        to: home.url.appendingPathComponent(".netrc"), atomically: true, encoding: .utf8)
    } else {
      environment["SQUATWATCH_INDEX_AUTH"] = "auditor:\(Self.secret)"
    }
    let cache = try TemporaryDirectory()
    let output = cache.url.appendingPathComponent("report.json")
    let arguments = [
      "audit", "--index-url", privateServer.indexURL, "--upstream", upstream.indexURL, "--cache-dir", cache.path,
      "--watch", mirrors.watchFile.path, "--format", "json", "--output", output.path,
    ]
    let run = try Self.squatwatch(arguments, home: home, environment: environment)
    #expect(run.status == ExitStatus.findings.rawValue, "\(run.stderr)")
    #expect(run.stderr.contains("5 of them also on the private index"), "\(run.stderr)")

    let collisions = ConfusionRegistries.collisions
    let expected = ["/simple/"] + collisions.flatMap { ["/simple/\($0)/", "/pypi/\($0)/json"] }
    #expect(Self.paths(upstream.requests) == expected.sorted())
    #expect(upstream.requests.count <= 1 + 2 * collisions.count)
    #expect(upstream.requests.allSatisfy { $0.headers["authorization"] == nil }, "credentials reached the upstream")
    #expect(privateServer.requests.contains { $0.headers["authorization"] == Self.authorization })
    try CredentialTests.assertNoSecret(in: cache, output: run.stdout + run.stderr)

    let report = try Self.report(output)
    try Self.expectPlantedFindings(report, upstream: upstream.indexURL)
    for (name, line) in zip(ConfusionRegistries.watchedTaken, [2, 3]) {
      let finding = try #require(report.suspect(name)?.finding(.watchedName), "\(name) not flagged watched-name")
      #expect(report.suspect(name)?.verdict != .defensivePlaceholder)
      #expect(finding.evidence["list"] == .string("\(mirrors.watchFile.path):\(line)"))
    }
    #expect(
      report.suspect("huggingface-cli")?.finding(.watchedName)?.evidence["reason"]
        == .string("hallucinated by LLM assistants (Lasso Security, 2024)"))
    #expect(report.suspect("acme-secret")?.finding(.watchedName)?.evidence["match"] == .string("one edit"))
    #expect(report.suspect(ConfusionRegistries.watchedAllowed) == nil)
    #expect(report.suspect(ConfusionRegistries.copied) == nil)

    // Again: the listing is revalidated with its validators, and unchanged collisions cost nothing.
    let before = upstream.requests.count
    let again = try Self.squatwatch(arguments, home: home, environment: environment)
    #expect(again.status == ExitStatus.findings.rawValue, "\(again.stderr)")
    let second = Array(upstream.requests.dropFirst(before))
    #expect(Self.paths(second) == ["/simple/"])
    #expect(second.first?.headers["if-none-match"] != nil)
    #expect(try Self.report(output).suspects.map(\.project) == report.suspects.map(\.project))
  }

  /// `check` reads both caches offline, and every format, the allowlist and the baseline carry the new checks.
  @Test(.tags(.server)) func everyFormatAllowlistAndBaselineCarryTheNewChecks() throws {
    let mirrors = try ConfusionRegistries.mirrors.get()
    let privateServer = try MirrorServer(directory: mirrors.privateMirror.url, dialect: .json)
    defer { privateServer.shutdown() }
    let upstream = try MirrorServer(directory: mirrors.upstreamMirror.url, dialect: .json)
    defer { upstream.shutdown() }
    let home = try TemporaryDirectory(prefix: "home")
    let cache = try TemporaryDirectory()
    let crawl = try Self.squatwatch(
      ["crawl", "--index-url", privateServer.indexURL, "--upstream", upstream.indexURL, "--cache-dir", cache.path],
      home: home)
    #expect(crawl.status == 0, "\(crawl.stderr)")
    let crawled = upstream.requests.count
    let check = [
      "check", "--cache-dir", cache.path, "--upstream", upstream.indexURL, "--watch", mirrors.watchFile.path,
    ]
    func render(_ format: String, _ extra: [String] = []) throws -> String {
      let run = try Self.squatwatch(check + ["--format", format] + extra, home: home)
      #expect(run.status == ExitStatus.findings.rawValue, "\(format): \(run.stderr)")
      return run.stdout
    }

    let json = try JSONReportWriter.report(from: Data(try render("json").utf8))
    try Self.expectPlantedFindings(json, upstream: upstream.indexURL)
    let table = try render("table")
    #expect(table.contains("dependency-confusion") && table.contains("watched-name"))
    let lines = try render("jsonl").split(separator: "\n")
    #expect(lines.contains { $0.contains("\"check\":\"dependency-confusion\"") })
    #expect(lines.contains { $0.contains("\"check\":\"watched-name\"") })
    let csv = try render("csv")
    #expect(csv.contains("acme-billing,") && csv.contains("dependency-confusion"))
    let sarif = try #require(try JSONSerialization.jsonObject(with: Data(try render("sarif").utf8)) as? [String: Any])
    let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
    let rules = ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]] ?? []
    #expect(Set(rules.compactMap { $0["id"] as? String }).isSuperset(of: ["dependency-confusion", "watched-name"]))
    let results = run["results"] as? [[String: Any]] ?? []
    #expect(results.contains { $0["ruleId"] as? String == "dependency-confusion" })
    let observations = try render("observations").split(separator: "\n").compactMap {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String]
    }
    #expect(observations.first { $0["project"] == "acme-billing" }?["kind"] == "is_dependency_confusion")
    #expect(observations.allSatisfy { !ConfusionRegistries.mirrored.contains($0["project"] ?? "") })
    let html = try render("html")
    #expect(html.contains("<option value=\"dependency-confusion\">") && html.contains("acme-billing"))
    let explained = try Self.squatwatch(
      [
        "explain", "acme-billing", "acme-utils", "acme-reports", "--cache-dir", cache.path, "--upstream",
        upstream.indexURL, "--watch", mirrors.watchFile.path, "--format", "json",
      ], home: home)
    #expect(explained.status == 0, "\(explained.stderr)")
    let explanations = try JSONDecoder().decode([ProjectExplanation].self, from: Data(explained.stdout.utf8))
    let weighed = explanations.map { $0.checks.first { $0.check == .dependencyConfusion } }
    #expect(weighed[0]?.score == json.suspect("acme-billing")?.finding(.dependencyConfusion)?.score)
    #expect(weighed[1]?.rawScore == 0.6 && weighed[1]?.counterEvidence.first?.factor == 0.15)
    #expect(weighed[2]?.verdict == .silent && weighed[2]?.summary == "the name is not on \(upstream.indexURL)")
    #expect(explanations[2].checks.contains { $0.check == .watchedName })
    let plain = try Self.squatwatch(
      ["explain", "acme-billing", "--cache-dir", cache.path, "--format", "json"], home: home)
    let without = try JSONDecoder().decode([ProjectExplanation].self, from: Data(plain.stdout.utf8))
    #expect(without.first?.checks.contains { [.dependencyConfusion, .watchedName].contains($0.check) } == false)
    #expect(upstream.requests.count == crawled, "check went to the upstream")

    let allowlist = cache.url.appendingPathComponent("allowlist.txt")
    try "project acme-auth  # reviewed: a stranger's 0.0.1, blocked at the proxy\n".write(
      to: allowlist, atomically: true, encoding: .utf8)
    let baseline = cache.url.appendingPathComponent("baseline.json")
    let first = try JSONReportWriter.report(
      from: Data(
        try render("json", ["--allowlist", allowlist.path, "--baseline", baseline.path, "--update-baseline"]).utf8))
    #expect(first.allowlisted.map(\.project) == ["acme-auth"])
    #expect(first.suspect("acme-auth") == nil)
    let rerun = try Self.squatwatch(
      check + ["--format", "json", "--allowlist", allowlist.path, "--baseline", baseline.path], home: home)
    #expect(rerun.status == 0, "nothing new since the baseline: \(rerun.stderr)")
    let second = try JSONReportWriter.report(from: Data(rerun.stdout.utf8))
    #expect(second.baseline?.unchanged == first.suspects.count)
    #expect(second.suspects.isEmpty)
  }

  /// An HTML-only private index (Artifactory, Nexus, pypiserver): no JSON API, owners or upload times; the inspected
  /// wheels' author e-mails still tell the organization's own upstream packages from strangers' claims.
  @Test(.tags(.server)) func anHTMLOnlyPrivateIndexIsAuditedTheSameWay() throws {
    let mirrors = try ConfusionRegistries.mirrors.get()
    let privateServer = try MirrorServer(directory: mirrors.privateMirror.url, dialect: .htmlOnly)
    defer { privateServer.shutdown() }
    let upstream = try MirrorServer(directory: mirrors.upstreamMirror.url, dialect: .json)
    defer { upstream.shutdown() }
    let home = try TemporaryDirectory(prefix: "home")
    let cache = try TemporaryDirectory()
    let run = try Self.squatwatch(
      [
        "audit", "--index-url", privateServer.indexURL, "--upstream", upstream.indexURL, "--cache-dir", cache.path,
        "--format", "json",
      ], home: home)
    #expect(run.status == ExitStatus.findings.rawValue, "\(run.stderr)")
    let report = try JSONReportWriter.report(from: Data(run.stdout.utf8))
    try Self.expectPlantedFindings(report, upstream: upstream.indexURL)
    // Without serials on the private side, the unchanged copy is a collision too: asked about, found mirrored.
    let collisions = ConfusionRegistries.collisions.count + 1
    #expect(upstream.requests.count == 1 + 2 * collisions)
    #expect(report.suspect(ConfusionRegistries.copied)?.verdict == .defensivePlaceholder)
    #expect(report.degradedChecks.contains { $0.check == .dependencyConfusion && $0.missingSignal == "upload-times" })
  }

  @Test func anUpstreamMirrorOnDiskNeedsNoServer() throws {
    let mirrors = try ConfusionRegistries.mirrors.get()
    let home = try TemporaryDirectory(prefix: "home")
    let cache = try TemporaryDirectory()
    let run = try Self.squatwatch(
      [
        "audit", "--mirror-dir", mirrors.privateMirror.path, "--upstream-mirror-dir", mirrors.upstreamMirror.path,
        "--cache-dir", cache.path, "--format", "json", "--no-inspect",
      ], home: home)
    #expect(run.status == ExitStatus.findings.rawValue, "\(run.stderr)")
    try Self.expectPlantedFindings(
      try JSONReportWriter.report(from: Data(run.stdout.utf8)),
      upstream: mirrors.upstreamMirror.url.standardizedFileURL.path)
  }

  @Test(.tags(.server)) func anUpstreamThatRefusesStopsTheRunNamingItsOwnCredentials() throws {
    let mirrors = try ConfusionRegistries.mirrors.get()
    let upstream = try FixtureServer { _ in
      .response(status: 401, headers: ["WWW-Authenticate": "Basic realm=\"upstream\""], body: Data())
    }
    defer { upstream.shutdown() }
    let home = try TemporaryDirectory(prefix: "home")
    let cache = try TemporaryDirectory()
    let run = try Self.squatwatch(
      [
        "audit", "--mirror-dir", mirrors.privateMirror.path, "--upstream", upstream.origin + "/simple/",
        "--cache-dir", cache.path, "--no-inspect",
      ], home: home, environment: ["SQUATWATCH_INDEX_AUTH": "auditor:\(Self.secret)"])
    #expect(run.status == ExitStatus.crawlFailed.rawValue, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "access denied (HTTP 401); give credentials in the --upstream URL or SQUATWATCH_UPSTREAM_AUTH"))
    #expect(upstream.requests.count == 1)
    #expect(upstream.requests.allSatisfy { $0.headers["authorization"] == nil })
  }

  @Test func usageErrorsSayWhatToDo() throws {
    let home = try TemporaryDirectory(prefix: "home")
    let cache = try TemporaryDirectory()
    let both = try Self.squatwatch(
      ["check", "--cache-dir", cache.path, "--upstream", "https://pypi.org/simple/", "--upstream-mirror-dir", "/tmp"],
      home: home)
    #expect(both.status == ExitStatus.usage.rawValue)
    #expect(both.stderr.contains("either --upstream or --upstream-mirror-dir"))
    let watch = cache.url.appendingPathComponent("watch.txt")
    try "huggingface-cli\nthree words here\n".write(to: watch, atomically: true, encoding: .utf8)
    let bad = try Self.squatwatch(["check", "--cache-dir", cache.path, "--watch", watch.path], home: home)
    #expect(bad.status == ExitStatus.usage.rawValue)
    #expect(bad.stderr.contains("watch.txt:2: expected `NAME  # reason`"))
  }
}
