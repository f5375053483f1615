import Foundation
import SquatwatchKit
import SquatwatchTestSupport
import Testing

/// Names judged alone against a small, hand-written popular list.
@Suite struct NameOnlyAuditTests {
  /// A download-ranked list in the hugovk CSV form, written for these tests.
  static let popularCSV = """
    download_count,project
    912000000,"requests"
    655000000,"numpy"
    301000000,"python-dateutil"
    120000000,"flask"
    88000000,"scikit-learn"
    4100000,"rich-click"

    """

  static func popularFile(in directory: TemporaryDirectory) throws -> String {
    let url = directory.url.appendingPathComponent("top.csv")
    try Data(popularCSV.utf8).write(to: url)
    return url.path
  }

  @Test func flagsTyposOfPopularNamesAndNotThePopularOrUnrelatedOnes() throws {
    let directory = try TemporaryDirectory()
    let audit = NameOnlyAudit(popularFile: try Self.popularFile(in: directory))
    let report = try audit.run(
      names: ["reqeusts", "nuumpy", "requests", "numpy", "NumPy", "tidewater-geodesy"],
      console: Console(verbosity: .quiet))
    #expect(report.projectsScanned == 5, "NumPy and numpy are one project")
    #expect(Set(report.suspects.map(\.project)) == ["reqeusts", "nuumpy"])
    let typo = try #require(report.suspects.first { $0.project == "reqeusts" })
    #expect(typo.findings.map(\.check) == [.typosquat])
    #expect(typo.findings.first?.evidence["target"] == .string("requests"))
    #expect(report.degradedChecks.map(\.check) == [.emptyPackage, .entryPointHijack, .namingCluster, .typosquat])
    #expect(report.degradedChecks.allSatisfy { $0.projectsAffected == 5 })
  }

  @Test func refusesAnInvalidNameAndAMissingPopularList() throws {
    let directory = try TemporaryDirectory()
    let audit = NameOnlyAudit(popularFile: try Self.popularFile(in: directory))
    #expect(throws: SquatwatchError.self) { try audit.run(names: ["../etc"], console: Console(verbosity: .quiet)) }
    let missing = NameOnlyAudit(popularFile: directory.url.appendingPathComponent("absent.csv").path)
    do {
      _ = try missing.run(names: ["requests"], console: Console(verbosity: .quiet))
      Issue.record("a missing popular list was accepted")
    } catch {
      #expect(error.code == .usage)
      #expect(error.message.contains("absent.csv"))
    }
  }

  @Test func readsNamesFromARequirementsFile() throws {
    let directory = try TemporaryDirectory()
    let file = directory.url.appendingPathComponent("requirements.txt")
    try Data(
      """
      # pinned for production
      -r base.txt
      --hash=sha256:0000
      reqeusts==2.32.3 \\
      numpy[extras]>=2.0 ; python_version >= "3.10"
      flask~=3.0  # web
      rich-click @ https://example.test/rich_click-1.8.tar.gz
      python_dateutil\r

      """.utf8
    ).write(to: file)
    #expect(
      try NameOnlyAudit.names(fromFile: file.path) == ["reqeusts", "numpy", "flask", "rich-click", "python_dateutil"])

    try Data("requests\nhttps://example.test/pkg.tar.gz\n".utf8).write(to: file)
    do {
      _ = try NameOnlyAudit.names(fromFile: file.path)
      Issue.record("a bare URL was read as a name")
    } catch {
      #expect(error.code == .usage)
      #expect(error.message.contains("requirements.txt:2"))
    }
  }
}
