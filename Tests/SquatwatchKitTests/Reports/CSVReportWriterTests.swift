import Foundation
import Testing

@testable import SquatwatchKit

/// CSV is checked by Python's `csv` module, an independent RFC 4180 reader, not by parsing it back ourselves.
@Suite struct CSVReportWriterTests {
  @Test(.tags(.process)) func quotesEveryHostileFieldSoAStandardReaderGetsItBack() throws {
    let report = ReportSamples.handMade
    let text = CSVReportWriter.render(report)
    #expect(text.hasPrefix("project,score,verdict,checks,summary,cluster,first_upload,owners\r\n"))
    #expect(text.hasSuffix("\r\n"))
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString).csv")
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data(text.utf8).write(to: directory)
    let read = try ExternalTools.run(
      try ExternalTools.python(),
      [
        "-c",
        "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))",
        directory.path,
      ])
    #expect(read.status == 0, "\(read.stderr)")
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [[String]])
    #expect(rows.count == report.suspects.count + 1)
    #expect(rows.allSatisfy { $0.count == 8 })
    let first = rows[1]
    #expect(first[0] == "reqeusts")
    #expect(first[1] == "0.93")
    #expect(first[2] == "likely-squat")
    #expect(first[3] == "typosquat;empty-package")
    #expect(first[4].contains("name \"reqeusts\" swaps letters of \"requests\", a, b\nline two"))
    #expect(first[6] == "2025-06-29")
    #expect(rows[2][5] == "cluster-1")
  }

  @Test func defusesSpreadsheetFormulas() {
    #expect(CSVReportWriter.field("=HYPERLINK(1)") == "'=HYPERLINK(1)")
    #expect(CSVReportWriter.field("@SUM(A1)") == "'@SUM(A1)")
    #expect(CSVReportWriter.field("plain") == "plain")
    #expect(CSVReportWriter.field("a \"b\"") == "\"a \"\"b\"\"\"")
  }
}
