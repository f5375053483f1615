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
    let text = TableReportWriter(width: 80).render(report)
    let lines = text.split(separator: "\n")
    #expect(lines.allSatisfy { $0.count <= 80 })
    let ranked = lines.filter { $0.hasPrefix("1 ") || $0.hasPrefix("2 ") }
    #expect(ranked.count == 1)
    #expect(ranked[0].contains("reqests"))
    // An empty project whose name imitates nothing is listed apart, not ranked among the suspects.
    #expect(text.contains("Placeholders imitating nothing (not suspects): 1"))
    #expect(text.contains("reqeusts-with-a-rather"))
    #expect(!text.contains("\u{1B}["))
  }

  @Test func coloursVerdictsOnlyWhenToldItIsATerminal() {
    #expect(TableReportWriter(width: 120, colour: true).render(report).contains("\u{1B}[31;1mlikely-squat"))
  }

  @Test func saysSoWhenThereAreNoSuspects() {
    let empty = AuditReport(
      registry: "r", generatedAt: Date(), projectsScanned: 3, suspects: [], clusters: [], degradedChecks: [])
    #expect(TableReportWriter().render(empty).contains("No suspects."))
  }
}
