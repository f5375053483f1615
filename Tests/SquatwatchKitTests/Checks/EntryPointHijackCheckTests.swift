import SquatwatchKit
import Testing

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
    // Real code lowers the score, but overwriting pip keeps it a suspect.
    #expect(finding.score >= 0.7)
  }

  @Test func popularProjectsInstallingTheirOwnCommandsAreNotFlagged() {
    let records = [RecordFactory.established("black", owners: ["psf"], scripts: ["black", "blackd"])]
    #expect(RecordFactory.audit(records, popular: popular).suspects.isEmpty)
  }
}
