import Foundation
import SquatwatchFixtures
import SquatwatchKit
import SquatwatchTestSupport
import Testing

/// squatwatch against nginx serving a static bandersnatch-layout mirror (with and without the JSON API), and
/// serving only its HTML pages, as Artifactory, Nexus and GitLab do.
@Suite(.tags(.server)) struct NginxMirrorInteropTests {
  @Test func bandersnatchMirrorWithTheJSONAPIRunsEveryCheckAtFullStrength() throws {
    let registry = try InteropRegistry.shared()
    let server = try NginxServer(mirror: registry.mirror, mode: .bandersnatch(jsonAPI: true))
    defer { server.shutdown() }
    let audit = try InteropAudit.run(server.indexURL)
    audit.expectFindsThePlantedSquats(of: registry, ownersKnown: true)
    #expect(audit.stderr.contains("index: PEP 691 JSON simple API, JSON API yes, serials yes"), "\(audit.stderr)")
    // Only the download list is missing (no --popular given); every signal the index can give, it gave.
    #expect(Set(audit.report.degradedChecks.map(\.missingSignal)) == ["download-counts"], "\(audit.degraded.sorted())")
    #expect(
      try IndexSurvey.measure(server.indexURL, project: "requests")
        == IndexSurvey(
          jsonSimpleAPI: true, jsonMetadata: true, serials: true, uploadTimes: true, owners: true, rangeRequests: true))
  }

  @Test func bandersnatchMirrorWithoutTheJSONAPILosesOwnersButKeepsUploadTimes() throws {
    let registry = try InteropRegistry.shared()
    let server = try NginxServer(mirror: registry.mirror, mode: .bandersnatch(jsonAPI: false))
    defer { server.shutdown() }
    let audit = try InteropAudit.run(server.indexURL)
    audit.expectFindsThePlantedSquats(of: registry, ownersKnown: false)
    #expect(audit.stderr.contains("index: PEP 691 JSON simple API, JSON API no, serials yes"), "\(audit.stderr)")
    #expect(audit.degraded.isSuperset(of: ["empty-package: json-api", "naming-cluster: ownership"]))
    #expect(!audit.degraded.contains("naming-cluster: upload-times"), "PEP 691 pages carry upload-time")
    #expect(
      try IndexSurvey.measure(server.indexURL, project: "requests")
        == IndexSurvey(
          jsonSimpleAPI: true, jsonMetadata: false, serials: true, uploadTimes: true, owners: false, rangeRequests: true
        ))
  }

  @Test func htmlOnlyIndexRunsWhatItCanAndNamesEveryLostSignal() throws {
    let registry = try InteropRegistry.shared()
    let server = try NginxServer(mirror: registry.htmlMirror, mode: .htmlOnly, packages: registry.mirror)
    defer { server.shutdown() }
    let audit = try InteropAudit.run(server.indexURL)
    audit.expectFindsThePlantedSquats(of: registry, ownersKnown: false)
    #expect(audit.stderr.contains("index: PEP 503 HTML simple API, JSON API no, serials no"), "\(audit.stderr)")
    let clusterByTime = audit.report.degradedChecks.first {
      $0.check == .namingCluster && $0.missingSignal == "upload-times"
    }
    #expect(clusterByTime?.projectsAffected == registry.registry.projects.count)
    #expect(clusterByTime?.effect.contains("cannot be placed in a burst") == true)
    #expect(audit.degraded.isSuperset(of: ["typosquat: json-api", "typosquat: upload-times", "typosquat: ownership"]))
    #expect(
      try IndexSurvey.measure(server.indexURL, project: "requests")
        == IndexSurvey(
          jsonSimpleAPI: false, jsonMetadata: false, serials: false, uploadTimes: false, owners: false,
          rangeRequests: true))
  }

  @Test func aMirrorOfLegitimateProjectsReportsNothing() throws {
    let registry = try InteropRegistry.shared()
    let server = try NginxServer(mirror: registry.legitimateMirror, mode: .bandersnatch(jsonAPI: true))
    defer { server.shutdown() }
    try InteropAudit.run(server.indexURL).expectFindsNothing(of: registry)
  }
}
