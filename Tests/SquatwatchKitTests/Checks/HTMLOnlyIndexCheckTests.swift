import SquatwatchKit
import Testing

/// The checks on what an HTML-only index gives (pypiserver, devpi, Artifactory, Nexus): no JSON API, no upload
/// times, no owners; release counts from file names are the only history left.
@Suite struct HTMLOnlyIndexCheckTests {
  static let capabilities = IndexCapabilities(simpleFormat: .html, hasJSONAPI: false, hasSerials: false)

  /// A popular library with dependents, a fresh typo of it, and a long-lived near-name project, all HTML-only.
  static func records(nearNameReleases: Int) -> [ProjectRecord] {
    let releases = (0..<nearNameReleases).map { ("0.\($0).0", "2019-0\($0 % 9 + 1)-01") }
    return [
      RecordFactory.established("core-lib", owners: ["core"]),
      RecordFactory.record("app-one", requires: ["core-lib"]),
      RecordFactory.record("app-two", requires: ["core-lib"]),
      RecordFactory.record("app-three", requires: ["core-lib"]),
      RecordFactory.record("coer-lib", summary: "", description: "", code: RecordFactory.emptyCode),
      RecordFactory.record("core-lb", releases: releases, code: RecordFactory.emptyCode),
    ].map(RecordFactory.htmlOnly)
  }

  @Test func releaseCountsMakeAPopularTargetWithoutUploadTimes() throws {
    let report = RecordFactory.audit(Self.records(nearNameReleases: 1), capabilities: Self.capabilities)
    let squat = try #require(report.suspect("coer-lib"))
    #expect(squat.finding(.typosquat)?.evidence["target"] == .string("core-lib"))
    let degraded = report.degradedChecks.filter { $0.check == .typosquat && $0.missingSignal == "upload-times" }
    #expect(degraded.count == 1)
    #expect(degraded.first?.effect.contains("popular targets need 4 releases with files") == true)
  }

  @Test func aLongReleaseListLowersANearNameScoreWithoutUploadTimes() throws {
    let few = try #require(
      RecordFactory.audit(Self.records(nearNameReleases: 1), capabilities: Self.capabilities).suspect("core-lb"))
    let many = RecordFactory.audit(Self.records(nearNameReleases: 6), capabilities: Self.capabilities)
    let lowered = try #require(many.suspect("core-lb")?.finding(.typosquat))
    #expect(lowered.score < (few.finding(.typosquat)?.score ?? 0))
    #expect(lowered.evidence["counter_evidence"] == .strings(["6 releases (upload times unknown)"]))
  }
}
