import Foundation
import Testing

@testable import SquatwatchKit

@Suite struct ObservationTests {
  /// `observe` reads a JSON report back (without the findings' in-memory targets); what it sends must be what
  /// `check --format observations` prints.
  @Test(.tags(.process)) func aReportReadBackGivesTheSameObservations() throws {
    let audited = try ReportSamples.burst.get()
    let readBack = try JSONReportWriter.report(from: Data(contentsOf: audited.reportFile))
    let run = try audited.check(["--format", "observations", "--fail-on", "never"])
    let fromRun = run.stdout
    let fromFile = try Observation.all(in: readBack).map {
      String(decoding: try $0.json(withProject: true), as: UTF8.self) + "\n"
    }
    #expect(fromFile.joined() == fromRun)
    #expect(Set(Observation.all(in: readBack).map(\.kind)).count > 1)
  }
}
