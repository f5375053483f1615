import Foundation
import SquatwatchFixtures
import SquatwatchKit
import SquatwatchTestSupport
import Testing

/// The built `squatwatch audit`, run as a user runs it against a real server, with its JSON report read back.
struct InteropAudit {
  let report: AuditReport
  let status: Int32
  let stderr: String

  /// Audits `indexURL` into a fresh cache.
  static func run(_ indexURL: String, arguments: [String] = [], environment: [String: String]? = nil) throws
    -> InteropAudit
  {
    let cache = try TemporaryDirectory(prefix: "interop-cache")
    let output = cache.url.appendingPathComponent("report.json")
    let run = try BuiltProduct.run(
      "squatwatch",
      ["audit", "--index-url", indexURL, "--cache-dir", cache.path, "--format", "json", "--output", output.path]
        + arguments,
      environment: environment)
    let data = try #require(
      FileManager.default.contents(atPath: output.path), "no report (exit \(run.status)): \(run.stderr)")
    return InteropAudit(report: try JSONReportWriter.report(from: data), status: run.status, stderr: run.stderr)
  }

  /// Projects reported as likely squats or suspicious.
  var flagged: Set<String> {
    Set(report.suspects.filter { $0.verdict == .likelySquat || $0.verdict == .suspicious }.map(\.project))
  }

  /// `check: signal` for every check the report says ran without a signal.
  var degraded: Set<String> { Set(report.degradedChecks.map { "\($0.check.rawValue): \($0.missingSignal)" }) }

  /// Expects the planted squats found and no legitimate project flagged; defensive placeholders are
  /// `defensive-placeholder` where the index gives owners, and reported like squats (with the lost signal
  /// named) where it does not.
  func expectFindsThePlantedSquats(
    of registry: InteropRegistry, ownersKnown: Bool, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(status == ExitStatus.findings.rawValue, "\(stderr)", sourceLocation: sourceLocation)
    #expect(
      report.projectsScanned == registry.registry.projects.count, "\(stderr)", sourceLocation: sourceLocation)
    let missed = registry.planted.filter { !flagged.contains($0) }
    #expect(
      Double(missed.count) <= 0.1 * Double(registry.planted.count), "missed squats: \(missed)",
      sourceLocation: sourceLocation)
    // Every server serves the files, with or without Range: nothing may be left uninspected.
    #expect(
      !report.degradedChecks.contains { $0.missingSignal == "distribution-inspections" }, "\(degraded.sorted())",
      sourceLocation: sourceLocation)
    let wronglyFlagged = registry.legitimate.filter(flagged.contains)
    #expect(wronglyFlagged.isEmpty, "legitimate projects flagged: \(wronglyFlagged)", sourceLocation: sourceLocation)
    let verdicts = Dictionary(report.suspects.map { ($0.project, $0.verdict) }, uniquingKeysWith: { first, _ in first })
    for name in registry.defensive {
      if ownersKnown {
        #expect(verdicts[name] == .defensivePlaceholder, "\(name)", sourceLocation: sourceLocation)
      } else {
        #expect(verdicts[name] != nil, "\(name) not reported", sourceLocation: sourceLocation)
        #expect(degraded.contains("typosquat: ownership"), sourceLocation: sourceLocation)
      }
    }
  }

  /// Expects a clean report from a server holding only legitimate projects.
  func expectFindsNothing(of registry: InteropRegistry, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(status == ExitStatus.clean.rawValue, "\(stderr)", sourceLocation: sourceLocation)
    #expect(report.projectsScanned == registry.legitimate.count, sourceLocation: sourceLocation)
    #expect(flagged.isEmpty, "flagged on a clean server: \(flagged.sorted())", sourceLocation: sourceLocation)
  }
}
