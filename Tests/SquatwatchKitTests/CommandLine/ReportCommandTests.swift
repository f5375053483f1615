import Foundation
import SquatwatchFixtures
import SquatwatchKit
import SquatwatchTestSupport
import Synchronization
import Testing

/// `check` as cron runs it: formats, baselines, allowlists, exit codes, and two runs on one cache.
@Suite(.tags(.process)) struct ReportCommandTests {
  private func audited() throws -> ReportSamples.Audited { try ReportSamples.burst.get() }

  @Test func everyFormatGoesToStdoutAndOnlyThere() throws {
    let audited = try audited()
    for format in ReportFormat.allCases {
      let run = try audited.check(["--format", format.rawValue, "--fail-on", "never"])
      #expect(run.status == ExitStatus.clean.rawValue, "\(format): \(run.stderr)")
      #expect(run.stderr.isEmpty, "\(format): \(run.stderr)")
      #expect(run.stdout.contains(audited.report.suspects[0].project), "\(format)")
    }
  }

  @Test func baselineReportsOnlyNewsAndFailsOnlyOnNews() throws {
    let audited = try audited()
    let work = try TemporaryDirectory(prefix: "baseline")
    let baseline = work.url.appendingPathComponent("baseline.json").path
    let output = work.url.appendingPathComponent("new.json").path

    let missing = try audited.check(["--baseline", baseline])
    #expect(missing.status == ExitStatus.usage.rawValue)
    #expect(missing.stderr.contains("add --update-baseline to start one"))

    let first = try audited.check(["--baseline", baseline, "--update-baseline", "--format", "json", "--output", output])
    #expect(first.status == ExitStatus.findings.rawValue, "\(first.stderr)")
    let firstReport = try JSONReportWriter.report(from: Data(contentsOf: URL(fileURLWithPath: output)))
    #expect(firstReport.suspects.count == audited.report.suspects.count)
    #expect(firstReport.baseline?.new == audited.report.suspects.count)

    let second = try audited.check([
      "--baseline", baseline, "--update-baseline", "--format", "json", "--output", output,
    ])
    #expect(second.status == ExitStatus.clean.rawValue, "\(second.stderr)")
    let secondReport = try JSONReportWriter.report(from: Data(contentsOf: URL(fileURLWithPath: output)))
    #expect(secondReport.suspects.isEmpty)
    #expect(secondReport.baseline?.unchanged == audited.report.suspects.count)
    let any = try audited.check(["--baseline", baseline, "--fail-on", "any"])
    #expect(any.status == ExitStatus.findings.rawValue)

    // An older baseline that lacks one suspect and scored another lower: exactly those two are news.
    var older = audited.report
    let dropped = older.suspects.removeFirst()
    older.suspects[0].score -= 0.1
    let risen = older.suspects[0].project
    try JSONReportWriter.data(older).write(to: URL(fileURLWithPath: baseline))
    let third = try audited.check(["--baseline", baseline, "--format", "jsonl"])
    #expect(third.status == ExitStatus.findings.rawValue)
    let lines = third.stdout.split(separator: "\n").map {
      try? JSONDecoder().decode(SuspectReport.self, from: Data($0.utf8))
    }
    #expect(lines.map { $0?.project } == [dropped.project, risen])
    #expect(lines.last??.previousScore == older.suspects[0].score)
    let table = try audited.check(["--baseline", baseline])
    #expect(table.stdout.contains("1 new, 1 rose, \(audited.report.suspects.count - 2) unchanged (not listed)"))
  }

  @Test func failOnNewWithoutABaselineFailsOnAnySuspect() throws {
    let run = try audited().check(["--fail-on", "new", "--format", "csv"])
    #expect(run.status == ExitStatus.findings.rawValue)
  }

  @Test func allowlistIsAppliedAndCounted() throws {
    let audited = try audited()
    let work = try TemporaryDirectory(prefix: "allowlist")
    let file = work.url.appendingPathComponent("allow.txt")
    let project = audited.report.suspects[0].project
    let owned = try #require(audited.report.suspects.dropFirst().first { !$0.owners.isEmpty })
    let owner = owned.owners[0]
    try Data("project \(project)  # reviewed: sinkholed\nowner \(owner.uppercased())  # reviewed account\n".utf8).write(
      to: file)
    let run = try audited.check(["--allowlist", file.path, "--format", "json"])
    #expect(run.status == ExitStatus.findings.rawValue, "\(run.stderr)")
    let report = try JSONReportWriter.report(from: Data(run.stdout.utf8))
    let byOwner = audited.report.suspects.filter { $0.owners.contains(owner) && $0.project != project }
    #expect(report.allowlisted.count == 1 + byOwner.count)
    #expect(report.allowlisted.contains { $0.project == project && $0.reason == "reviewed: sinkholed" })
    #expect(report.suspects.count == audited.report.suspects.count - report.allowlisted.count)
    #expect(!report.suspects.contains { $0.project == project || $0.owners.contains(owner) })
    let table = try audited.check(["--allowlist", file.path])
    #expect(table.stdout.contains("Allowlisted: \(report.allowlisted.count) suspects left out as reviewed"))

    try Data("project \(project)\n".utf8).write(to: file)
    let bad = try audited.check(["--allowlist", file.path])
    #expect(bad.status == ExitStatus.usage.rawValue)
    #expect(bad.stderr.contains("allow.txt:1: every allowlist entry needs a reason"))
  }

  @Test func aSecondRunOnOneCacheWaitsOrSaysItIsLocked() throws {
    let audited = try audited()
    // A copy of the cache, so the other tests' runs on the shared one do not meet this lock.
    let copy = try TemporaryDirectory(prefix: "locked-cache")
    let cache = copy.url.appendingPathComponent("cache")
    try FileManager.default.copyItem(at: audited.cache.url, to: cache)
    func check(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
      try BuiltProduct.run(
        "squatwatch", ["check", "--cache-dir", cache.path, "--quiet", "--format", "json"] + arguments)
    }
    let holder = LockHolder(try CacheLock(directory: cache, wait: 0))
    let refused = try check([])
    #expect(refused.status == ExitStatus.crawlFailed.rawValue)
    #expect(refused.stderr.contains("another squatwatch run is using the cache"))
    #expect(refused.stdout.isEmpty)

    let started = Date()
    DispatchQueue.global().asyncAfter(deadline: .now() + 1) { holder.release() }
    let waited = try check(["--lock-wait", "30"])
    #expect(waited.status == ExitStatus.findings.rawValue, "\(waited.stderr)")
    #expect(Date().timeIntervalSince(started) >= 0.9)
  }

  /// Piped (as cron runs it) the table holds every finding's whole summary; at a terminal it is fitted and coloured.
  @Test func textIsWrittenInFullOffATerminalAndFittedOnOne() throws {
    let audited = try audited()
    let piped = try audited.check(["--fail-on", "never"])
    #expect(piped.status == ExitStatus.clean.rawValue, "\(piped.stderr)")
    #expect(!piped.stdout.contains("…"))
    #expect(!piped.stdout.contains("\u{1B}["))
    let characters = TableReportWriterTests.withoutSpaces(piped.stdout)
    for finding in audited.report.suspects.flatMap(\.findings) {
      #expect(characters.contains(TableReportWriterTests.withoutSpaces(finding.summary)), "\(finding.summary)")
    }

    let terminal = try TerminalRun.run(
      try BuiltProduct.url("squatwatch"),
      ["check", "--cache-dir", audited.cache.path, "--quiet", "--lock-wait", "120", "--fail-on", "never"],
      columns: 80)
    #expect(terminal.status == ExitStatus.clean.rawValue)
    let lines = terminal.output.split(separator: "\n")
    #expect(lines.allSatisfy { TableReportWriterTests.visibleWidth($0) <= 80 })
    #expect(terminal.output.contains("…"))
    #expect(terminal.output.contains("\u{1B}[31;1mlikely-squat"))
  }

  /// A mirror's block list holds every flagged project left after the allowlist, whatever the baseline says is new.
  @Test func blockListsHoldEveryFlaggedProjectButAllowlistedOnes() throws {
    let audited = try audited()
    let work = try TemporaryDirectory(prefix: "blocklist")
    let allowlist = work.url.appendingPathComponent("allow.txt")
    let reviewed = try #require(audited.report.flaggedSuspects.first).project
    try Data("project \(reviewed)  # reviewed: our own placeholder\n".utf8).write(to: allowlist)
    let flagged = audited.report.flaggedSuspects.map(\.project).filter { $0 != reviewed }
    let options = ["--allowlist", allowlist.path, "--baseline", audited.reportFile.path, "--fail-on", "never"]

    let names = try audited.check(["--format", "names"] + options)
    #expect(names.status == ExitStatus.clean.rawValue, "\(names.stderr)")
    #expect(names.stdout == flagged.map { $0 + "\n" }.joined())

    let fragment = try audited.check(["--format", "bandersnatch"] + options)
    #expect(fragment.status == ExitStatus.clean.rawValue, "\(fragment.stderr)")
    let everyProject = audited.registry.projects.map(\.normalizedName)
    #expect(try BandersnatchReportWriterTests.blocked(byFragment: fragment.stdout, among: everyProject) == Set(flagged))
  }

  @Test func helpDocumentsTheCronOptions() throws {
    let help = try BuiltProduct.run("squatwatch", ["check", "--help"])
    for text in [
      "--baseline", "--update-baseline", "--allowlist", "values: any, new, never", "sarif, observations, html",
    ] {
      #expect(help.stdout.contains(text), "\(text)")
    }
  }
}

/// Holds a cache lock until `release`, from another thread.
private final class LockHolder: Sendable {
  private let lock: Mutex<CacheLock?>

  init(_ lock: CacheLock) { self.lock = Mutex(lock) }

  func release() { lock.withLock { $0 = nil } }
}
