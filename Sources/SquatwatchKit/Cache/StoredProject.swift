import Foundation

/// One project's stored documents, and how its record is read from them.
///
/// The cache keeps raw bodies, not parsed records: the crawl and every later reader (re-inspection, facts of a
/// new format, tests) parse the same bytes through these functions, so a record is never stored twice or
/// allowed to drift from the documents it came from.
struct StoredProject: Sendable {
  var name: String
  var displayName: String
  var simple: StoredDocument
  var json: StoredDocument?
  /// Keys (file sha256s) of the inspections the crawl attached.
  var inspectionKeys: [String]

  /// The record, without its inspections (the store attaches those).
  func record(defaultFormat: IndexCapabilities.SimpleFormat) throws(SquatwatchError) -> ProjectRecord {
    let page = try Self.page(of: simple, name: name, defaultFormat: defaultFormat)
    let (metadata, state) = try Self.jsonAPI(json)
    return ProjectRecord(
      name: name, displayName: metadata?.name ?? displayName, page: page, metadata: metadata, jsonAPI: state)
  }

  /// Parses a simple page in the serialization its media type names, else the index's.
  static func page(
    of document: StoredDocument, name: String, defaultFormat: IndexCapabilities.SimpleFormat
  ) throws(SquatwatchError) -> ProjectPage {
    let mediaType = HTTPResponse.mediaType(ofContentType: document.contentType)
    return try SimpleIndexParser.parseProjectPage(
      document.body, format: SimpleIndexParser.format(ofMediaType: mediaType) ?? defaultFormat, name: name,
      pageURL: document.url ?? "")
  }

  /// What a JSON API answer says: the parsed metadata for 200, `missing` for 404 and 410, `unavailable` when the
  /// index has no JSON API.
  ///
  /// - Throws: `httpStatus` for any other status, `malformed` for a body that is not a JSON API document.
  static func jsonAPI(_ document: StoredDocument?) throws(SquatwatchError) -> (ProjectMetadata?, JSONAPIState) {
    guard let document else { return (nil, .unavailable) }
    switch document.status {
    case 200: return (try JSONAPIParser.parse(document.body), .present)
    case 404, 410: return (nil, .missing)
    default: throw SquatwatchError(.httpStatus, "JSON API answered HTTP \(document.status)")
    }
  }
}
