import SquatwatchKit
import Testing

@Suite struct TyposquatCheckTests {
  let popular = ["numpy", "requests", "python-dateutil", "sphinx"]

  @Test func flagsANewNearNameOnNamesAlone() throws {
    let report = RecordFactory.audit(
      ["nuumpy", "requestz", "numpy", "requests"].map(RecordFactory.nameOnly), popular: popular)
    let squat = try #require(report.suspect("nuumpy"))
    let finding = try #require(squat.finding(.typosquat))
    #expect(finding.evidence["target"] == .string("numpy"))
    #expect(finding.evidence["transform"] == .string("repeated-character"))
    #expect(finding.summary.contains("numpy"))
    #expect(report.suspect("requestz") != nil)
  }

  @Test func onNamesAloneOrdinaryNamingIsNoSuspectButAnAddOnWordIs() throws {
    let names = ["aresponses", "panda", "mysql", "pytest-flake8", "requests-cli", "reqeusts"]
    let report = RecordFactory.audit(
      names.map(RecordFactory.nameOnly),
      popular: ["requests", "requests-toolbelt", "pandas", "pymysql", "responses", "flake8-pytest", "flake8", "pytest"])
    #expect(Set(report.suspects.map(\.project)) == ["requests-cli", "reqeusts"])
    let addOn = try #require(report.suspect("requests-cli")?.finding(.typosquat))
    #expect(addOn.evidence["transform"] == .string("add-on-affix"))
  }

  @Test func aFreshProjectIsJudgedByItsRecordNotByNamingConventions() throws {
    // On names alone `panda` is the singular of a word; with its record it is a new project with no history.
    let littleCode = CodeSummary(pythonModules: 1, codeBytes: 600, definesAnything: true, sourcesRead: true)
    let records = [
      RecordFactory.established("pandas", owners: ["pandas-team"]),
      RecordFactory.record("panda", owners: ["fresh-account"], code: littleCode),
    ]
    let suspect = try #require(RecordFactory.audit(records, popular: ["pandas"]).suspect("panda"))
    #expect(suspect.finding(.typosquat)?.evidence["ordinary_naming"] == nil)
    let nameOnly = RecordFactory.audit([RecordFactory.nameOnly("panda")], popular: ["pandas"])
    #expect(nameOnly.suspect("panda") == nil, "an English word")
  }

  @Test func aLetterAddedToATopNameIsASuspectOnItsNameAlone() throws {
    // `colourama`, the classic squat of `colorama`: the most downloaded names draw the typosquats, so a letter
    // added inside one of their names is a slip towards it, not a name of its own.
    let suspect = try #require(
      RecordFactory.audit([RecordFactory.nameOnly("colourama")], popular: ["colorama"]).suspect("colourama"))
    #expect(suspect.finding(.typosquat)?.evidence["transform"] == .string("inserted-character"))
  }

  @Test func codeAndARepositoryDoNotExcuseATyposquat() throws {
    // Real typosquats carry code (it is their payload) and often a copied repository URL: neither costs anything.
    let records = [
      RecordFactory.established("flask", owners: ["pallets"]),
      RecordFactory.record(
        "falask", owners: ["fresh-account"], code: RecordFactory.realCode,
        repository: "https://github.com/pallets/flask"),
    ]
    let suspect = try #require(RecordFactory.audit(records, popular: ["flask"]).suspect("falask"))
    #expect(suspect.finding(.typosquat)?.evidence["target"] == .string("flask"))
    #expect(suspect.finding(.typosquat)?.evidence["counter_evidence"] == nil)
  }

  @Test func yearsOfReleasesStillClearANearName() {
    let records = [
      RecordFactory.established("flask", owners: ["pallets"]),
      RecordFactory.established("flasks", owners: ["someone-else"]),
    ]
    #expect(RecordFactory.audit(records, popular: ["flask"]).suspect("flasks") == nil)
  }

  @Test func neverFlagsPopularProjects() {
    let report = RecordFactory.audit(popular.map(RecordFactory.nameOnly), popular: popular)
    #expect(report.suspects.isEmpty)
  }

  @Test func aListedNameWithItsOwnDownloadsIsNoSquat() {
    // numpi is itself in the list with 1 million downloads: popular in its own right.
    let report = RecordFactory.audit([RecordFactory.nameOnly("numpi")], popular: popular + ["numpi"])
    #expect(report.suspect("numpi") == nil)
  }

  @Test func aLongLivedNearNameWithItsOwnOwnerAndHistoryIsNotFlagged() {
    let records = [
      RecordFactory.established("numpy", owners: ["numpy-team"]),
      RecordFactory.established("numpi", owners: ["someone-else"]),
    ]
    #expect(RecordFactory.audit(records, popular: popular).suspect("numpi") == nil)
  }

  @Test func aFreshEmptyNearNameIsALikelySquat() throws {
    let records = [
      RecordFactory.established("python-dateutil", owners: ["dateutil"]),
      RecordFactory.record(
        "python-dteutil", owners: ["fresh-account"], summary: "", description: "", code: RecordFactory.emptyCode),
    ]
    let suspect = try #require(RecordFactory.audit(records, popular: popular).suspect("python-dteutil"))
    #expect(suspect.verdict == .likelySquat)
    #expect(suspect.finding(.typosquat) != nil)
    #expect(suspect.finding(.emptyPackage) != nil)
  }

  @Test func aPlaceholderByThePopularProjectsOwnerIsDefensive() throws {
    let records = [
      RecordFactory.established("sphinx", owners: ["sphinx-team"]),
      RecordFactory.record(
        "sphnx", owners: ["sphinx-team"], summary: "", description: "", code: RecordFactory.metadataOnly),
    ]
    let suspect = try #require(RecordFactory.audit(records, popular: popular).suspect("sphnx"))
    #expect(suspect.verdict == .defensivePlaceholder)
    #expect(suspect.score < 0.5)
    #expect(suspect.finding(.typosquat)?.evidence["counter_evidence"] != nil)
  }
}
