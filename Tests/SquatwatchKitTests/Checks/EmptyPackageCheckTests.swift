import Testing

@testable import SquatwatchKit

@Suite struct EmptyPackageCheckTests {
  @Test func flagsAProjectWithNoFilesAndZeroFileReleases() throws {
    let record = RecordFactory.record("ghost-project", releases: [], zeroFileReleases: ["0.0.1"], inspected: false)
    let suspect = try #require(RecordFactory.audit([record]).placeholder("ghost-project"))
    let finding = try #require(suspect.finding(.emptyPackage))
    #expect(finding.score >= 0.7)
    #expect(finding.evidence["zero_file_releases"] == .strings(["0.0.1"]))
    #expect(finding.summary.contains("no files"))
  }

  @Test func flagsMetadataOnlyDistributionsWithPlaceholderDescriptionAndVersion() throws {
    let record = RecordFactory.record(
      "reserved-name", summary: "Add your description here", description: "", releases: [("0.1.0", "2025-06-30")],
      code: RecordFactory.metadataOnly)
    let finding = try #require(RecordFactory.audit([record]).placeholder("reserved-name")?.finding(.emptyPackage))
    guard case .strings(let signals) = finding.evidence["signals"] else {
      Issue.record("signals missing")
      return
    }
    #expect(signals.contains("distributions hold only packaging metadata"))
    #expect(signals.contains("placeholder description"))
    #expect(signals.contains("only release is 0.1.0"))
    #expect(finding.score >= 0.8)
  }

  @Test func flagsTrivialModulesAndTinyUninspectedFiles() throws {
    let trivial = RecordFactory.record("stub-only", code: RecordFactory.emptyCode)
    let tiny = RecordFactory.record("tiny-archive", fileSize: 1_200, inspected: false)
    let report = RecordFactory.audit([trivial, tiny])
    #expect(report.placeholder("stub-only")?.finding(.emptyPackage) != nil)
    #expect(
      report.placeholder("tiny-archive")?.finding(.emptyPackage)?.evidence["largest_file_bytes"] == .number(1200))
  }

  @Test func aPlaceholderThatImitatesNothingIsListedApartNotAccused() throws {
    let record = RecordFactory.record(
      "quiet-garden-notes", summary: "coming soon", description: "", code: RecordFactory.emptyCode)
    let report = RecordFactory.audit([record], popular: ["requests"])
    #expect(report.suspects.isEmpty)
    #expect(report.placeholder("quiet-garden-notes")?.verdict == .placeholder)
  }

  @Test func aPlaceholderNamedAfterAPopularProjectIsASuspect() throws {
    let records = [
      RecordFactory.established("requests", owners: ["psf"]),
      RecordFactory.record("requests-lite", owners: ["stranger"], summary: "", code: RecordFactory.metadataOnly),
    ]
    let suspect = try #require(RecordFactory.audit(records, popular: ["requests"]).suspect("requests-lite"))
    #expect(suspect.verdict == .suspicious || suspect.verdict == .likelySquat)
    #expect(suspect.finding(.emptyPackage)?.evidence["target"] == .string("requests"))
  }

  @Test func aPlaceholderTwoSlipsFromAPopularNameIsASuspectButCodeThereIsNot() throws {
    let records = [
      RecordFactory.established("pandas", owners: ["pydata"]),
      RecordFactory.record("panddass", owners: ["stranger"], summary: "", code: RecordFactory.metadataOnly),
      RecordFactory.record("pandax2", owners: ["someone"], summary: "Tables of pandax data"),
    ]
    let report = RecordFactory.audit(records, popular: ["pandas"])
    let suspect = try #require(report.suspect("panddass"))
    #expect(suspect.finding(.emptyPackage)?.evidence["target"] == .string("pandas"))
    #expect(report.suspect("pandax2") == nil, "two edits from a name this short are ordinary naming with code")
  }

  @Test func aPlaceholderThatPrefixesPyToAnEstablishedProjectIsASuspect() throws {
    // No popularity list: outcome is established by its own history, not popular.
    let records = [
      RecordFactory.established("outcome", owners: ["dev"]),
      RecordFactory.record("pyoutcome", owners: ["stranger"], summary: "", code: RecordFactory.metadataOnly),
    ]
    let suspect = try #require(RecordFactory.audit(records).suspect("pyoutcome"))
    #expect(suspect.finding(.emptyPackage)?.evidence["target"] == .string("outcome"))
  }

  @Test func aPlaceholderHeldByThePopularProjectsOwnersIsDefensive() throws {
    // Its only finding is its emptiness, but its name is built from a popular project's and the owners match.
    let records = [
      RecordFactory.established("databricks-sql-connector", owners: ["databricks"]),
      RecordFactory.record(
        "databricks-sql-connector-lite", owners: ["databricks"], summary: "", code: RecordFactory.metadataOnly),
    ]
    let report = RecordFactory.audit(records, popular: ["databricks-sql-connector"])
    #expect(report.suspect("databricks-sql-connector-lite")?.verdict == .defensivePlaceholder)
    #expect(report.placeholders.isEmpty)
  }

  @Test func aMetapackageThatPullsInRealProjectsIsNotEmpty() {
    let records = [
      RecordFactory.established("real-dependency", owners: ["a"]),
      RecordFactory.record("bundle-meta", code: RecordFactory.metadataOnly, requires: ["real-dependency>=1"]),
    ]
    #expect(RecordFactory.audit(records).suspect("bundle-meta") == nil)
  }

  @Test func aRealLibraryIsNotEmpty() {
    #expect(RecordFactory.audit([RecordFactory.record("useful-lib")]).suspects.isEmpty)
  }

  @Test func recognisesPlaceholderTexts() {
    #expect(EmptyPackageCheck.isPlaceholder("", name: "x"))
    #expect(EmptyPackageCheck.isPlaceholder("Add your description here.", name: "x"))
    #expect(EmptyPackageCheck.isPlaceholder("My_Project", name: "my-project"))
    #expect(!EmptyPackageCheck.isPlaceholder("Fast JSON parsing for humans", name: "x"))
  }
}
