import Foundation
import SquatwatchKit
import Testing

@Suite struct TableReportWriterTests {
  private let report: AuditReport = {
    let records = [
      RecordFactory.established("requests", owners: ["psf"]),
      RecordFactory.record(
        "reqeusts-with-a-rather-long-name-indeed", summary: "", description: "", code: RecordFactory.metadataOnly),
      RecordFactory.record("reqests", summary: "", description: "", code: RecordFactory.metadataOnly),
    ]
    return RecordFactory.audit(records, popular: ["requests"])
  }()

  @Test func fitsTheGivenWidthAndRanksSuspects() {
    let text = TableReportWriter(width: 80, terminal: true).render(report)
    let lines = text.split(separator: "\n")
    #expect(lines.allSatisfy { Self.visibleWidth($0) <= 80 })
    let ranked = lines.filter { $0.hasPrefix("1 ") || $0.hasPrefix("2 ") }
    #expect(ranked.count == 1)
    #expect(ranked[0].contains("reqests"))
    // An empty project whose name imitates nothing is listed apart, not ranked among the suspects.
    #expect(text.contains("Placeholders imitating nothing (not suspects): 1"))
    #expect(text.contains("reqeusts-with-a-rather"))
  }

  @Test func coloursVerdictsOnlyWhenToldItIsATerminal() {
    #expect(TableReportWriter(width: 120, terminal: true).render(report).contains("\u{1B}[31;1mlikely-squat"))
  }

  @Test func onATerminalEachFindingIsOneLineCutToTheWidth() {
    let text = TableReportWriter(width: 60, terminal: true).render(ReportSamples.handMade)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.allSatisfy { Self.visibleWidth($0) <= 60 })
    #expect(text.contains("…"))
    let findings = ReportSamples.handMade.suspects.reduce(0) { $0 + $1.findings.count }
    let rows = lines.drop { !$0.hasPrefix("#") }.dropFirst().prefix { !$0.isEmpty }
    #expect(rows.count == findings)
  }

  /// Written to a file or pipe, nothing is cut: every summary, cluster member and allowlist reason is there in
  /// full, wrapped within the width, and long names stand whole on their own line.
  @Test func offATerminalEveryWordIsKeptAndWrappedWithinTheWidth() {
    var sample = ReportSamples.handMade
    sample.suspects[2].project = "sudo-tools-with-a-name-much-longer-than-a-third-of-the-line"
    sample.clusters[0].members = (1...30).map { "member-\($0)" }
    sample.allowlisted = [
      AllowlistedSuspect(
        project: "requests-oauth", score: 0.7, verdict: .suspicious, entry: "project requests-oauth",
        reason: "reviewed 2025-07-01 by the security team: the requests maintainers' own fork, kept for old users")
    ]
    let text = TableReportWriter(width: 80).render(sample)
    let lines = text.split(separator: "\n")
    #expect(lines.allSatisfy { $0.count <= 80 || $0.hasSuffix(" " + sample.suspects[2].project) })
    #expect(lines.contains { $0.hasSuffix(" " + sample.suspects[2].project) })
    #expect(!text.contains("…"))
    #expect(!text.contains("\u{1B}["))
    let characters = Self.withoutSpaces(text)
    for suspect in sample.suspects {
      for finding in suspect.findings {
        #expect(characters.contains(Self.withoutSpaces(finding.summary)), "\(finding.summary)")
      }
    }
    #expect(characters.contains(Self.withoutSpaces(sample.clusters[0].members.joined(separator: ", "))))
    #expect(characters.contains(Self.withoutSpaces(sample.allowlisted[0].reason)))
  }

  /// `text` without any whitespace, so wrapped text compares with the text it wraps (a word longer than its column
  /// is split across lines).
  static func withoutSpaces(_ text: String) -> String { text.filter { !$0.isWhitespace } }

  /// The width a terminal shows: ANSI colour escapes take no columns.
  static func visibleWidth(_ line: Substring) -> Int {
    line.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression).count
  }

  @Test func saysSoWhenThereAreNoSuspects() {
    let empty = AuditReport(
      registry: "r", generatedAt: Date(), projectsScanned: 3, suspects: [], clusters: [], degradedChecks: [])
    #expect(TableReportWriter().render(empty).contains("No suspects."))
  }
}
