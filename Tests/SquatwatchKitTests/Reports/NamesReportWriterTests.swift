import SquatwatchKit
import Testing

@Suite struct NamesReportWriterTests {
  @Test func namesAreTheFlaggedProjectsOnePerLine() throws {
    let names = try ReportFormat.names.render(ReportSamples.handMade, width: 100, terminal: false)
    #expect(names == "reqeusts\nacme-helper\nsudo-tools\n")
  }
}
