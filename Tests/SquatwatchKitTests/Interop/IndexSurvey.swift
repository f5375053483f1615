import Foundation
import SquatwatchKit
import Testing

/// What an index exposes, measured over HTTP for one of its projects: the figures behind the README's
/// compatibility table.
struct IndexSurvey: Equatable, CustomStringConvertible {
  /// PEP 691 JSON when asked for with pip's `Accept` header.
  var jsonSimpleAPI = false
  /// `/pypi/<name>/json` (derived like bandersnatch does) answers with a JSON API document.
  var jsonMetadata = false
  /// `_last-serial`, `<!--SERIAL n-->` or `X-PyPI-Last-Serial` on the listing or the project page.
  var serials = false
  /// Files carry `upload-time`.
  var uploadTimes = false
  /// The JSON API names owners or an organization.
  var owners = false
  /// A ranged GET of a distribution answers 206.
  var rangeRequests = false

  var description: String {
    "json-simple \(jsonSimpleAPI), json-metadata \(jsonMetadata), serials \(serials), upload-times \(uploadTimes), "
      + "owners \(owners), range \(rangeRequests)"
  }

  /// Surveys `indexURL` through `project`, which must have at least one file.
  static func measure(_ indexURL: String, project: String) throws -> IndexSurvey {
    let index = try IndexURL(indexURL)
    let transport = CurlTransportFactory(index: index, credentials: nil).makeTransport()
    let accept = [(name: "Accept", value: SimpleIndexParser.acceptHeader)]
    var survey = IndexSurvey()

    let root = try transport.send(HTTPRequest(url: index.simpleBase, headers: accept))
    let rootFormat = try #require(format(of: root), "root answered \(root.status) \(root.headers)")
    survey.jsonSimpleAPI = rootFormat == .json
    let listing = try SimpleIndexParser.parseListing(root.body, format: rootFormat)

    let pageURL = index.projectPage(project)
    let page = try transport.send(HTTPRequest(url: pageURL, headers: accept))
    let parsed = try SimpleIndexParser.parseProjectPage(
      page.body, format: try #require(format(of: page), "page answered \(page.status)"), name: project,
      pageURL: pageURL)
    survey.serials =
      listing.lastSerial != nil || listing.entries.contains { $0.serial != nil } || parsed.lastSerial != nil
      || root.headers["x-pypi-last-serial"] != nil || page.headers["x-pypi-last-serial"] != nil
    survey.uploadTimes = parsed.files.contains { $0.uploadTime != nil }

    let json = try transport.send(HTTPRequest(url: index.jsonAPI(project)))
    if json.status == 200, let metadata = try? JSONAPIParser.parse(json.body) {
      survey.jsonMetadata = true
      survey.owners = !metadata.owners.isEmpty || metadata.organization != nil
    }

    let file = try #require(parsed.files.first, "\(project) lists no files")
    survey.rangeRequests = try transport.send(HTTPRequest(url: file.url, range: "0-9")).status == 206
    return survey
  }

  private static func format(of response: HTTPResponse) -> IndexCapabilities.SimpleFormat? {
    guard response.status == 200 else { return nil }
    let mediaType = response.headers["content-type"]?.split(separator: ";").first.map {
      $0.trimmingCharacters(in: .whitespaces).lowercased()
    }
    return SimpleIndexParser.format(ofMediaType: mediaType)
  }
}
