import Foundation
import SquatwatchKit
import SquatwatchTestSupport
import Testing

/// `squatwatch names`, run as a user runs it to vet names against a popular list.
@Suite(.tags(.process)) struct NamesCommandTests {
  @Test func exitsOneWithFindingsAndZeroWithout() throws {
    let directory = try TemporaryDirectory()
    let popular = try NameOnlyAuditTests.popularFile(in: directory)
    let flagged = try BuiltProduct.run(
      "squatwatch", ["names", "--popular", popular, "--format", "json", "reqeusts", "nuumpy", "requests", "tidewater"])
    #expect(flagged.status == ExitStatus.findings.rawValue, "\(flagged.stderr)")
    let report = try JSONReportWriter.report(from: Data(flagged.stdout.utf8))
    #expect(report.suspects.map(\.project).sorted() == ["nuumpy", "reqeusts"])

    let names = directory.url.appendingPathComponent("requirements.txt")
    try Data("requests==2.32.3\nnumpy>=2\ntidewater\n".utf8).write(to: names)
    let clean = try BuiltProduct.run("squatwatch", ["names", "--popular", popular, "--names-file", names.path])
    #expect(clean.status == ExitStatus.clean.rawValue, "\(clean.stderr)")
    #expect(clean.stdout.contains("No suspects"))
  }

  @Test func usageErrorsExitTwo() throws {
    let directory = try TemporaryDirectory()
    let popular = try NameOnlyAuditTests.popularFile(in: directory)
    let noList = try BuiltProduct.run("squatwatch", ["names", "reqeusts"])
    #expect(noList.status == ExitStatus.usage.rawValue)
    #expect(noList.stderr.contains("--popular FILE"))
    let noNames = try BuiltProduct.run("squatwatch", ["names", "--popular", popular])
    #expect(noNames.status == ExitStatus.usage.rawValue)
    let missingList = try BuiltProduct.run(
      "squatwatch", ["names", "--popular", directory.url.appendingPathComponent("absent.csv").path, "reqeusts"])
    #expect(missingList.status == ExitStatus.usage.rawValue)
    #expect(missingList.stderr.contains("absent.csv"))
    let badName = try BuiltProduct.run("squatwatch", ["names", "--popular", popular, "no/slashes"])
    #expect(badName.status == ExitStatus.usage.rawValue)
  }
}
