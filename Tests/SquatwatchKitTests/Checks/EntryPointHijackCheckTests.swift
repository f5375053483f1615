import Testing

@testable import SquatwatchKit

@Suite struct EntryPointHijackCheckTests {
  let popular = ["huggingface-hub", "scikit-learn", "opencv-python", "black"]

  @Test func flagsAProjectNamedAfterAPopularProjectsCommand() throws {
    let records = [
      RecordFactory.established("huggingface-hub", owners: ["hf"], scripts: ["huggingface-cli"]),
      RecordFactory.record(
        "huggingface-cli", owners: ["lasso"], summary: "", description: "", code: RecordFactory.metadataOnly),
    ]
    let suspect = try #require(RecordFactory.audit(records, popular: popular).suspect("huggingface-cli"))
    let finding = try #require(suspect.finding(.entryPointHijack))
    #expect(finding.evidence["target"] == .string("huggingface-hub"))
    #expect(finding.summary.contains("command \"huggingface-cli\""))
    #expect(suspect.verdict == .likelySquat)
  }

  @Test func flagsAProjectNamedAfterAnImportNameSeenInTheWheels() throws {
    let records = [
      RecordFactory.established("opencv-python", owners: ["opencv"], imports: ["cv2"]),
      RecordFactory.record("cv2", owners: ["someone"], code: RecordFactory.emptyCode),
    ]
    let finding = try #require(
      RecordFactory.audit(records, popular: popular).suspect("cv2")?.finding(.entryPointHijack))
    #expect(finding.summary.contains("import name \"cv2\""))
  }

  @Test func theOwnersOwnImportNamePlaceholderIsDefensive() throws {
    // sklearn on PyPI is a deprecation placeholder published by the scikit-learn maintainers.
    let records = [
      RecordFactory.established("scikit-learn", owners: ["sklearn-devs"], imports: ["sklearn"]),
      RecordFactory.record(
        "sklearn", owners: ["sklearn-devs"], summary: "", description: "", code: RecordFactory.emptyCode),
    ]
    let suspect = try #require(RecordFactory.audit(records, popular: popular).suspect("sklearn"))
    #expect(suspect.verdict == .defensivePlaceholder)
  }

  @Test func flagsScriptsThatOverwriteSystemCommandsOrPopularScripts() throws {
    let records = [
      RecordFactory.established("black", owners: ["psf"], scripts: ["black", "blackd"]),
      RecordFactory.record("handy-helpers", owners: ["x"], scripts: ["pip", "black"]),
    ]
    let finding = try #require(
      RecordFactory.audit(records, popular: popular).suspect("handy-helpers")?.finding(.entryPointHijack))
    #expect(finding.evidence["system_commands"] == .strings(["pip"]))
    #expect(finding.evidence["shadowed_commands"] == .strings(["black (black)"]))
    #expect(finding.score >= 0.9)
  }

  @Test func nothingAProjectHoldsExcusesInstallingAnotherProjectsCommand() throws {
    // Real code, a repository, provenance and a year of releases: a wheel that installs `pip` or `flask` is
    // flagged all the same, unless the project is popular itself or shares an owner with the project it shadows.
    let records = [
      RecordFactory.established("flask", owners: ["pallets"], scripts: ["flask"]),
      RecordFactory.record(
        "web-kit-helpers", owners: ["someone"],
        releases: [("0.1.0", "2024-01-01"), ("0.2.0", "2024-06-01"), ("0.3.0", "2025-03-01")], scripts: ["flask"],
        repository: "https://github.com/someone/web-kit-helpers", provenance: true),
      RecordFactory.record("pallets-extras", owners: ["pallets"], scripts: ["flask"]),
      RecordFactory.record("tidy-installer", owners: ["someone"], scripts: ["pip3"]),
    ]
    let report = RecordFactory.audit(records, popular: ["flask"])
    let shadow = try #require(report.suspect("web-kit-helpers"))
    #expect(shadow.finding(.entryPointHijack)?.evidence["target"] == .string("flask"))
    #expect(shadow.verdict == .likelySquat || shadow.verdict == .suspicious)
    #expect(report.suspect("pallets-extras")?.verdict != .likelySquat)
    #expect(report.suspect("pallets-extras")?.verdict != .suspicious)
  }

  @Test func aPopularProjectsNameIsItsCommandWhenItsWheelsWereNotRead() throws {
    let records = [RecordFactory.record("helper-suite", owners: ["someone"], scripts: ["gunicorn"])]
    let suspect = try #require(RecordFactory.audit(records, popular: ["gunicorn"]).suspect("helper-suite"))
    #expect(suspect.finding(.entryPointHijack)?.evidence["shadowed_commands"] == .strings(["gunicorn (gunicorn)"]))
  }

  @Test func aProjectInstallingItsOwnVersionedCommandShadowsNothing() {
    // pip installs pip, pip3 and pip3.12 on every index, popular list or not: it is the provider of those commands.
    let records = [RecordFactory.record("pip", owners: ["pypa"], scripts: ["pip", "pip3", "pip3.12"])]
    #expect(RecordFactory.audit(records).suspects.isEmpty)
    #expect(EntryPointHijackCheck.isOwnCommand("pip3.12", of: "pip"))
    #expect(!EntryPointHijackCheck.isOwnCommand("pip", of: "pip-helper"))
    #expect(!EntryPointHijackCheck.isOwnCommand("pipx", of: "pip"))
  }

  @Test func popularProjectsInstallingTheirOwnCommandsAreNotFlagged() {
    let records = [RecordFactory.established("black", owners: ["psf"], scripts: ["black", "blackd"])]
    #expect(RecordFactory.audit(records, popular: popular).suspects.isEmpty)
  }
}
