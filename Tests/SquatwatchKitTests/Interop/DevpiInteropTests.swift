import Foundation
import SquatwatchKit
import SquatwatchTestSupport
import Testing

/// squatwatch against a real devpi-server: `/<user>/<index>/+simple/`, PEP 691 JSON at api-version 1.0,
/// stage-prefixed HTML, inherited indexes, no upload times, no JSON API, no Range support.
@Suite(.tags(.server)) struct DevpiInteropTests {
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
    try Self.expectReadableHTMLPages(devpi.indexURL("squats"))
  }

  /// devpi's HTML pages, as a client preferring PEP 691 HTML gets them: media type `text_html`, every link line
  /// prefixed with the stage that holds the file, links relative to the page (`../../../clean/+f/…` for a file
  /// inherited from `root/clean`).
  static func expectReadableHTMLPages(_ indexURL: String) throws {
    let index = try IndexURL(indexURL)
    let pageURL = index.projectPage("requests")
    let response = try CurlTransportFactory(index: index, credentials: nil).makeTransport()
      .send(HTTPRequest(url: pageURL, headers: [(name: "Accept", value: "application/vnd.pypi.simple.v1+html")]))
    #expect(response.headers["content-type"] == "text_html")
    #expect(String(decoding: response.body, as: UTF8.self).contains("root/clean <a href=\"../../../clean/+f/"))
    let format = try #require(SimpleIndexParser.format(ofMediaType: response.headers["content-type"]))
    let page = try SimpleIndexParser.parseProjectPage(response.body, format: format, name: "requests", pageURL: pageURL)
    #expect(!page.files.isEmpty)
    #expect(page.files.allSatisfy { $0.url.hasPrefix(index.origin + "/root/clean/+f/") && $0.sha256 != nil })
    #expect(page.versions.count >= 4, "versions come from file names: \(page.versions)")
  }
}
