import Foundation
import SquatwatchTestSupport
import Testing

@testable import SquatwatchKit

@Suite struct ReportBaselineTests {
  private func baseline(_ suspects: [SuspectReport], registry: String = "https://index.test/simple/") -> ReportBaseline
  {
    var previous = ReportSamples.handMade
    previous.registry = registry
    previous.suspects = suspects
    previous.generatedAt = Date(timeIntervalSince1970: 1_751_000_000)
    return ReportBaseline(path: "previous.json", report: previous)
  }

  @Test func listsOnlyNewAndRisenSuspects() throws {
    let current = ReportSamples.handMade
    var lower = current.suspects[0]
    lower.score = 0.5
    var higher = current.suspects[1]
    higher.score = 0.95
    let gone = SuspectReport(project: "vanished", score: 0.9, verdict: .likelySquat, findings: [], cluster: nil)
    let result = try baseline([lower, higher, current.suspects[2], gone]).compare(current)
    #expect(result.suspects.map(\.project) == ["reqeusts", "request"])
    #expect(result.suspects[0].previousScore == 0.5)
    #expect(result.suspects[1].previousScore == nil)
    let summary = try #require(result.baseline)
    #expect(summary.new == 1)
    #expect(summary.rose == 1)
    #expect(summary.unchanged == 2)
    #expect(summary.resolved == 1)
    #expect(result.clusters.isEmpty)
    let json = String(decoding: try JSONReportWriter.data(result), as: UTF8.self)
    #expect(json.contains("\"previous_score\" : 0.5"))
  }

  @Test func refusesABaselineOfAnotherRegistry() {
    #expect(throws: SquatwatchError.self) {
      try baseline([], registry: "https://pypi.org/simple/").compare(ReportSamples.handMade)
    }
  }

  @Test func aMissingFileIsAnErrorUnlessTheBaselineIsBeingStarted() throws {
    let directory = try TemporaryDirectory()
    let path = directory.url.appendingPathComponent("none.json").path
    #expect(throws: SquatwatchError.self) { try ReportBaseline.load(path: path, allowMissing: false) }
    let empty = try ReportBaseline.load(path: path, allowMissing: true)
    let result = try empty.compare(ReportSamples.handMade)
    #expect(result.suspects.count == ReportSamples.handMade.suspects.count)
    #expect(result.baseline?.new == ReportSamples.handMade.suspects.count)
    #expect(result.baseline?.generatedAt == nil)
  }

  @Test func readsReportsWrittenBeforeTheNewKeys() throws {
    let old = """
      {"registry": "r", "generated_at": "2025-06-30T12:00:00Z", "projects_scanned": 1, "clusters": [],
       "degraded_checks": [], "suspects": [{"project": "x", "score": 0.9, "verdict": "likely-squat", "cluster": null,
       "findings": [{"check": "typosquat", "score": 0.9, "summary": "s", "evidence": {}}]}]}
      """
    let report = try JSONReportWriter.report(from: Data(old.utf8))
    #expect(report.suspects.first?.firstUpload == nil)
    #expect(report.uploadsPerDay.isEmpty)
    #expect(report.allowlisted.isEmpty)
  }
}
