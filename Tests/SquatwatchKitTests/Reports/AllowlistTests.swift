import Foundation
import Testing

@testable import SquatwatchKit

@Suite struct AllowlistTests {
  @Test func readsProjectsAndOwnersWithTheirReasons() throws {
    let list = try Allowlist(
      parsing: """
        # reviewed 2025-07-01

        project  Reqeusts   # sinkholed by the security team\r
        owner\tPSF # the PSF's defensive registrations
        """, source: "allow.txt")
    #expect(list.projects["reqeusts"]?.reason == "sinkholed by the security team")
    #expect(list.owners["psf"]?.reason == "the PSF's defensive registrations")
  }

  @Test(arguments: [
    ("project reqeusts", "allow.txt:2: every allowlist entry needs a reason"),
    ("project reqeusts   #   ", "allow.txt:2: every allowlist entry needs a reason"),
    ("user psf # why", "allow.txt:2: unknown entry kind \"user\""),
    ("project a b # why", "allow.txt:2: expected `project NAME  # reason`"),
    ("project -bad- # why", "allow.txt:2: \"-bad-\" is not a project name"),
  ])
  func refusesEntriesWithoutAReasonOrShape(line: String, message: String) {
    #expect {
      try Allowlist(parsing: "# header\n" + line, source: "allow.txt")
    } throws: { error in
      (error as? SquatwatchError)?.message.hasPrefix(message) == true && (error as? SquatwatchError)?.code == .usage
    }
  }

  @Test func movesCoveredSuspectsToAllowlistedAndUnflagsTheirDays() throws {
    let list = try Allowlist(parsing: "project reqeusts # reviewed\nowner bulk1 # known bulk uploader", source: "a")
    let report = list.apply(to: ReportSamples.handMade)
    #expect(report.suspects.map(\.project) == ["sudo-tools", "request"])
    #expect(report.allowlisted.map(\.project) == ["reqeusts", "acme-helper"])
    #expect(report.allowlisted.map(\.entry) == ["project reqeusts", "owner bulk1"])
    #expect(report.allowlisted[1].reason == "known bulk uploader")
    #expect(report.uploadsPerDay.map(\.flagged) == [0, 0, 1])
    let table = TableReportWriter(width: 120).render(report)
    #expect(table.contains("Allowlisted: 2 suspects left out as reviewed"))
    #expect(table.contains("acme-helper (0.82, likely-squat): owner bulk1  # known bulk uploader"))
  }

  @Test func loadRefusesAMissingFile() {
    #expect(throws: SquatwatchError.self) { try Allowlist.load(path: "/nonexistent/allow.txt") }
  }
}
