import Foundation
import SquatwatchKit
import SquatwatchTestSupport
import Testing

/// squatwatch against a real devpi-server: `/<user>/<index>/+simple/`, PEP 691 JSON at api-version 1.0,
/// stage-prefixed HTML, inherited indexes, no upload times, no JSON API, no Range support.
@Suite struct DevpiInteropTests {
  @Test func auditsAnIndexOfSquatsAndAnIndexOfLegitimateProjects() throws {
    let registry = try InteropRegistry.shared()
    let devpi = try DevpiServer()
    defer { devpi.shutdown() }
    // The usual devpi set-up: a team index inheriting from a base index; here the base holds the legitimate
    // projects and the inheriting index adds the squats, so it serves the whole registry.
    try devpi.createIndex("clean", files: try InteropRegistry.files(in: registry.legitimateDistributions))
    try devpi.createIndex("squats", bases: ["clean"], files: try registry.otherDistributions())

    let audit = try InteropAudit.run(devpi.indexURL("squats"))
    audit.expectFindsThePlantedSquats(of: registry, ownersKnown: false)
    #expect(audit.stderr.contains("index: PEP 691 JSON simple API, JSON API no, serials no"), "\(audit.stderr)")
    // devpi has no /pypi/<name>/json: a lost signal, named per check, never a crawl failure.
    #expect(audit.stderr.contains("failed 0, stale 0"), "\(audit.stderr)")
    #expect(
      audit.degraded.isSuperset(of: [
        "empty-package: json-api", "naming-cluster: upload-times", "typosquat: upload-times", "typosquat: ownership",
      ]))
    #expect(
      try IndexSurvey.measure(devpi.indexURL("squats"), project: "requests")
        == IndexSurvey(
          jsonSimpleAPI: true, jsonMetadata: false, serials: false, uploadTimes: false, owners: false,
          rangeRequests: false))

    try InteropAudit.run(devpi.indexURL("clean")).expectFindsNothing(of: registry)
  }
}
