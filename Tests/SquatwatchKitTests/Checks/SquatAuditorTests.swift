import SquatwatchKit
import Testing

@Suite struct SquatAuditorTests {
  @Test func ranksSuspectsHighestFirstAndAppliesTheMinimumScore() {
    let records = [
      RecordFactory.established("requests", owners: ["psf"]),
      RecordFactory.nameOnly("requets"),
      RecordFactory.record("reqests", summary: "", description: "", code: RecordFactory.metadataOnly),
      RecordFactory.record("fine-library"),
    ]
    let report = RecordFactory.audit(records, popular: ["requests"])
    #expect(report.projectsScanned == 4)
    #expect(report.suspects.map(\.project) == ["reqests", "requets"])
    #expect(report.suspects[0].score >= report.suspects[1].score)
    var strict = CheckOptions()
    strict.minimumScore = 0.9
    let filtered = RecordFactory.audit(records, popular: ["requests"], options: strict)
    #expect(filtered.suspects.allSatisfy { $0.score >= 0.9 })
    #expect(filtered.suspects.count < report.suspects.count)
  }

  @Test func saysWhichChecksRanWithoutWhichSignals() {
    let capabilities = IndexCapabilities(simpleFormat: .html, hasJSONAPI: false, hasSerials: false)
    let report = SquatAuditor(knownCommands: RecordFactory.knownCommands)
      .run(
        records: [RecordFactory.nameOnly("alpha"), RecordFactory.nameOnly("beta")], capabilities: capabilities,
        registry: "mirror")
    let missing = Set(report.degradedChecks.map { "\($0.check.rawValue)/\($0.missingSignal)" })
    #expect(
      missing.isSuperset(of: [
        "empty-package/json-api", "naming-cluster/upload-times", "naming-cluster/ownership",
        "typosquat/download-counts", "entry-point-hijack/distribution-inspections",
      ]))
    #expect(report.degradedChecks.allSatisfy { $0.projectsAffected == 2 })
    #expect(report.degradedChecks.contains { $0.effect.contains("no JSON API") })
  }

  @Test func aFullyServedRegistryReportsNoDegradedChecks() {
    let records = [RecordFactory.record("complete-project", owners: ["someone"])]
    let report = SquatAuditor(
      popularList: RecordFactory.popular(["x-popular"]), knownCommands: RecordFactory.knownCommands
    )
    .run(records: records, capabilities: RecordFactory.capabilities, registry: "pypi")
    #expect(report.degradedChecks.isEmpty)
  }
}
