import Foundation
import SquatwatchKit
import SquatwatchTestSupport
import Testing

/// squatwatch against a real pypiserver: HTML only, names from file names, a redirect to pypi.org for
/// projects it does not hold.
@Suite(.tags(.server)) struct PypiserverInteropTests {
  @Test func auditFindsThePlantedSquatsAndNamesTheMissingSignals() throws {
    let registry = try InteropRegistry.shared()
    let server = try PypiServer(packages: registry.distributions, fallback: false)
    defer { server.shutdown() }
    let audit = try InteropAudit.run(server.indexURL)
    audit.expectFindsThePlantedSquats(of: registry, ownersKnown: false)
    #expect(audit.stderr.contains("index: PEP 503 HTML simple API, JSON API no, serials no"), "\(audit.stderr)")
    let expected = [
      "empty-package: json-api", "naming-cluster: upload-times", "typosquat: upload-times", "typosquat: ownership",
      "entry-point-hijack: ownership",
    ]
    #expect(Set(expected).isSubset(of: audit.degraded), "\(audit.degraded.sorted())")
    #expect(
      try IndexSurvey.measure(server.indexURL, project: "requests")
        == IndexSurvey(
          jsonSimpleAPI: false, jsonMetadata: false, serials: false, uploadTimes: false, owners: false,
          rangeRequests: true))
  }

  @Test func neverFollowsTheFallbackRedirectToPyPI() throws {
    let registry = try InteropRegistry.shared()
    let server = try PypiServer(packages: registry.distributions, fallback: true)
    defer { server.shutdown() }
    // pypiserver really forwards a project it does not hold.
    let index = try IndexURL(server.indexURL)
    let forwarded = try CurlTransportFactory(index: index, credentials: nil).makeTransport()
      .send(HTTPRequest(url: index.projectPage("not-on-this-index")))
    #expect(forwarded.status == 303)
    #expect(forwarded.redirectLocation == "https://pypi.org/simple/not-on-this-index/")

    // Any request for another host would go through this proxy; only 127.0.0.1 is reached directly.
    let proxy = try FixtureServer { _ in .response(status: 502, headers: [:], body: Data()) }
    defer { proxy.shutdown() }
    var environment = ProcessInfo.processInfo.environment
    for name in ["http_proxy", "https_proxy", "HTTPS_PROXY", "ALL_PROXY", "all_proxy"] {
      environment[name] = proxy.origin
    }
    environment["no_proxy"] = "127.0.0.1"
    environment["NO_PROXY"] = "127.0.0.1"
    let audit = try InteropAudit.run(
      server.indexURL, arguments: ["--projects", "requests", "not-on-this-index"], environment: environment)
    #expect(audit.report.projectsScanned == 1, "\(audit.stderr)")
    let recorded = "failed: not-on-this-index: \(server.indexURL)not-on-this-index/"
    #expect(audit.stderr.contains(recorded + " redirects to another host (pypi.org); not followed"), "\(audit.stderr)")
    #expect(proxy.requests.isEmpty, "requests left 127.0.0.1: \(proxy.requests.map(\.path))")
  }

  @Test func aServerOfLegitimateProjectsReportsNothing() throws {
    let registry = try InteropRegistry.shared()
    let server = try PypiServer(packages: registry.legitimateDistributions, fallback: false)
    defer { server.shutdown() }
    try InteropAudit.run(server.indexURL).expectFindsNothing(of: registry)
  }
}
