import Foundation
import SquatwatchKit
import Testing

@Suite struct JSONLinesReportWriterTests {
  @Test func writesOneSuspectObjectPerLineInTheContractShape() throws {
    let report = ReportSamples.handMade
    let text = try ReportFormat.jsonl.render(report, width: 100, terminal: false)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.last == "")
    #expect(lines.count == report.suspects.count + 1)
    for (line, suspect) in zip(lines, report.suspects) {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect(Set(object.keys) == ["project", "score", "verdict", "findings", "cluster", "first_upload", "owners"])
      #expect(object["project"] as? String == suspect.project)
      #expect(object["first_upload"] as? String == suspect.firstUpload)
    }
    let decoded = try JSONDecoder().decode(SuspectReport.self, from: Data(lines[0].utf8))
    #expect(decoded.findings.first?.summary.contains("\nline two") == true)
  }
}
