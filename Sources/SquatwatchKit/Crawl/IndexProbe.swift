import Foundation

/// Reads an index's root page and learns what it exposes, stopping at once when it is not an index.
///
/// An unreachable index, a login page, 401/403, a redirect to another host or
/// a body that is no simple-API page ends the run with one line naming the URL
/// and the cause, before any project is touched.
struct IndexProbe {
  let fetcher: RetryingFetcher
  let index: IndexURL
  let store: CacheStore
  let options: CrawlOptions

  /// The listing and what the index offers.
  struct Result {
    var listing: ProjectListing
    var capabilities: IndexCapabilities
  }

  /// Fetches (or revalidates) the root listing, then probes the JSON API once.
  func run() throws(SquatwatchError) -> Result {
    let url = index.simpleBase
    // Only the validators of the stored listing: its body (tens of megabytes for pypi.org) is read on a 304 alone.
    let stored = try store.listingValidators()
    var headers = [(name: "Accept", value: SimpleIndexParser.acceptHeader)]
    if let etag = stored?.etag { headers.append((name: "If-None-Match", value: etag)) }
    if let modified = stored?.lastModified { headers.append((name: "If-Modified-Since", value: modified)) }
    let response: HTTPResponse
    do {
      response = try fetcher.fetch(HTTPRequest(url: url, headers: headers, bodyLimit: options.maxListingBytes)).response
    } catch {
      throw SquatwatchError(error.code == .transport ? .transport : error.code, "\(index.redacted): \(error.message)")
    }
    var document: StoredDocument
    switch response.status {
    case 200:
      document = StoredDocument(
        kind: .listing, status: 200, contentType: response.headers["content-type"], etag: response.headers["etag"],
        lastModified: response.headers["last-modified"], serial: nil, body: response.body)
    case 304:
      guard stored != nil, let body = try store.document(project: "", kind: .listing) else {
        throw SquatwatchError(.httpStatus, "\(index.redacted): answered 304 to an unconditional request")
      }
      document = body
    case 401, 403:
      let sources =
        options.privateNames == nil
        ? "the URL, ~/.netrc or SQUATWATCH_INDEX_AUTH" : "the --upstream URL or SQUATWATCH_UPSTREAM_AUTH"
      throw SquatwatchError(
        .notAnIndex, "\(index.redacted): access denied (HTTP \(response.status)); give credentials in \(sources)")
    default:
      throw SquatwatchError(.httpStatus, "\(index.redacted): HTTP \(response.status); is this a simple index URL?")
    }
    let mediaType = document.contentType.map { HTTPResponse.mediaType(ofContentType: $0) ?? "" }
    guard let format = SimpleIndexParser.format(ofMediaType: mediaType) else {
      throw SquatwatchError(
        .notAnIndex, "\(index.redacted): answered \(mediaType ?? "no Content-Type"), not a simple index page")
    }
    var listing: ProjectListing
    do {
      // Only the projects asked for, or an upstream's names that a private index lists too, are kept.
      let wanted = options.privateNames?.names ?? options.projects.map { Set($0.map(ProjectName.normalize)) }
      listing = try SimpleIndexParser.parseListing(document.body, format: format, keeping: wanted)
    } catch {
      throw SquatwatchError(error.code, "\(index.redacted): \(error.message)")
    }
    if listing.looksLikeLoginPage {
      throw SquatwatchError(.notAnIndex, "\(index.redacted): answered a login page, not a simple index")
    }
    if let version = listing.apiVersion, let major = Int(version.split(separator: ".").first ?? ""), major > 1 {
      throw SquatwatchError(
        .notAnIndex, "\(index.redacted): simple API version \(version) is newer than squatwatch supports (1.x)")
    }
    if listing.listedCount == 0 && format == .html && listing.apiVersion == nil && document.body.count > 0 {
      throw SquatwatchError(.notAnIndex, "\(index.redacted): the page lists no projects and is not a simple index")
    }
    if let serial = response.headers["x-pypi-last-serial"].flatMap({ Int($0) }) ?? listing.lastSerial {
      document.serial = serial
      listing.lastSerial = serial
    }
    if response.status == 200 { try store.store(listingDocument: document) }
    let capabilities = IndexCapabilities(
      // An upstream crawl asks only its collisions for their JSON API documents, never a probe.
      simpleFormat: format, hasJSONAPI: options.privateNames == nil ? try probeJSONAPI(listing) : false,
      hasSerials: listing.hasSerials, apiVersion: listing.apiVersion)
    return Result(listing: listing, capabilities: capabilities)
  }

  /// Whether `/pypi/<name>/json` answers for a few listed projects; asked once per crawl, never per project.
  private func probeJSONAPI(_ listing: ProjectListing) throws(SquatwatchError) -> Bool {
    let wanted = Set((options.projects ?? []).map(ProjectName.normalize))
    let candidates = listing.entries.filter { wanted.isEmpty || wanted.contains($0.name) }.prefix(3)
    for entry in candidates {
      let request = HTTPRequest(url: index.jsonAPI(entry.name), bodyLimit: options.maxJSONBytes)
      guard let response = try? fetcher.fetch(request).response else { continue }
      if response.status == 200, (try? JSONAPIParser.parse(response.body)) != nil { return true }
    }
    return false
  }
}
