import Foundation

/// Crawls one project: its simple page, its JSON API document where the index has one, and a freshness check.
struct ProjectCrawler {
  let fetcher: RetryingFetcher
  let index: IndexURL
  let store: CacheStore
  let options: CrawlOptions
  let capabilities: IndexCapabilities
  let known: KnownInspections

  /// One project to crawl, with what the cache already holds for it.
  struct Item: Sendable {
    var entry: ProjectListing.Entry
    var cached: CachedProjectState?
  }

  /// Crawls `item`; every failure becomes an outcome for this project, except one that ends the run.
  ///
  /// - Throws: `tlsVerification`: libcurl refused to verify certificates, so no further request may be made.
  func crawl(_ item: Item) throws(SquatwatchError) -> ProjectCrawlResult.Outcome {
    do {
      return try crawlOrThrow(item)
    } catch  where error.code == .tlsVerification {
      throw error
    } catch {
      return .failed(error.description)
    }
  }

  private func crawlOrThrow(_ item: Item) throws(SquatwatchError) -> ProjectCrawlResult.Outcome {
    let name = item.entry.name
    // Only a project fetched before has documents to revalidate.
    let validators =
      (item.cached.map { $0.state == .pending } ?? true) ? DocumentValidators() : try store.validators(project: name)
    var attempt = 1
    var simple: Fetched
    while true {
      simple = try fetchDocument(
        url: index.projectPage(name), kind: .simple, etag: validators.simpleETag,
        lastModified: validators.simpleLastModified, limit: options.maxPageBytes, project: name)
      // A page older than the listing's serial is a stale CDN copy: retry, then defer to the next run.
      guard let wanted = item.entry.serial, let served = simple.serial, served < wanted else { break }
      guard attempt < options.retry.maxAttempts else {
        return .stale("the index served serial \(served), older than the \(wanted) its listing announced")
      }
      Thread.sleep(forTimeInterval: options.retry.backoff(attempt: attempt))
      attempt += 1
    }
    guard simple.document.status == 200 else {
      return .failed("project page answered HTTP \(simple.document.status)")
    }
    var json: Fetched?
    if capabilities.hasJSONAPI {
      json = try fetchDocument(
        url: index.jsonAPI(name), kind: .json, etag: validators.jsonETag,
        lastModified: validators.jsonLastModified, limit: options.maxJSONBytes, project: name)
    }
    // Unchanged documents still make a record to inspect when an earlier crawl ran with --no-inspect.
    let unchanged = !simple.isNew && !(json?.isNew ?? false)
    if unchanged && (!options.inspect || item.cached?.inspected == true) { return .unchanged }

    let page: ProjectPage
    if let parsed = simple.page {
      page = parsed
    } else {
      page = try StoredProject.page(of: simple.document, name: name, defaultFormat: capabilities.simpleFormat)
    }
    let (metadata, state) = try StoredProject.jsonAPI(json?.document)
    var record = ProjectRecord(
      name: name, displayName: metadata?.name ?? item.entry.displayName, page: page, metadata: metadata, jsonAPI: state)
    var inspected = false
    if options.inspect {
      (record.inspections, inspected) = inspect(record)
    }
    let documents = [simple, json].compactMap { $0 }.filter(\.isNew).map(\.document)
    let serial = unchanged ? item.cached?.storedSerial ?? item.entry.serial : item.entry.serial ?? simple.serial
    return .fetched(documents: documents, record: record, serial: serial, inspected: inspected)
  }

  /// Inspects the newest release's distributions (every release's with `--all-releases`), reusing the
  /// inspections already made by sha256.
  ///
  /// - Returns: the inspections, and whether all of them are final (none failed for a network reason).
  private func inspect(_ record: ProjectRecord) -> ([DistributionInspection], complete: Bool) {
    guard let page = record.page else { return ([], true) }
    let files =
      options.allReleases
      ? ReleaseSelection.allFiles(page: page) : ReleaseSelection.newestFiles(page: page, metadata: record.metadata)
    let inspector = DistributionInspector(limits: options.inspectionLimits)
    // The JSON API gives every Core Metadata field the checks use but PEP 794 `Import-Name`.
    let need: CoreMetadataNeed = record.metadata != nil ? .importNames : .allFields
    var complete = true
    var inspections: [DistributionInspection] = []
    for file in files.prefix(Self.maxFilesInspected) {
      let key = file.sha256 ?? "url-" + SHA256Digest.hex(of: Data(file.url.utf8))
      if let made = known.inspection(key: key, store: store) {
        inspections.append(made)
        continue
      }
      let source = HTTPByteSource(fetcher: fetcher, url: file.url, streamLimit: options.inspectionLimits.maxStreamBytes)
      var inspection = inspector.inspect(file, source: source, coreMetadata: need)
      inspection.sha256 = key
      if inspection.failedForNetworkReason { complete = false }
      known.remember(inspection)
      inspections.append(inspection)
    }
    return (inspections, complete)
  }

  /// Files inspected per project at most (a release can carry hundreds of platform wheels).
  static let maxFilesInspected = 24

  /// A document as fetched, or as revalidated from the cache.
  private struct Fetched {
    var document: StoredDocument
    /// False when the server answered 304 and the stored copy was used.
    var isNew: Bool
    /// The parsed page, for a newly fetched simple page.
    var page: ProjectPage?
    var serial: Int? { document.serial }
  }

  private func fetchDocument(
    url: String, kind: StoredDocument.Kind, etag: String?, lastModified: String?, limit: Int, project: String
  ) throws(SquatwatchError) -> Fetched {
    var headers: [(name: String, value: String)] = []
    if kind == .simple { headers.append((name: "Accept", value: SimpleIndexParser.acceptHeader)) }
    if let etag { headers.append((name: "If-None-Match", value: etag)) }
    if let lastModified { headers.append((name: "If-Modified-Since", value: lastModified)) }
    let (response, finalURL) = try fetcher.fetch(HTTPRequest(url: url, headers: headers, bodyLimit: limit))
    if response.status == 304, let stored = try store.document(project: project, kind: kind) {
      return Fetched(document: stored, isNew: false)
    }
    if response.status == 304 {
      throw SquatwatchError(.httpStatus, "answered 304 but the cache holds no copy")
    }
    var document = StoredDocument(
      kind: kind, status: response.status, contentType: response.headers["content-type"],
      etag: response.headers["etag"], lastModified: response.headers["last-modified"],
      serial: response.headers["x-pypi-last-serial"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) },
      body: response.body, url: finalURL)
    var page: ProjectPage?
    if kind == .simple, response.status == 200 {
      let parsed = try StoredProject.page(of: document, name: project, defaultFormat: capabilities.simpleFormat)
      document.serial = document.serial ?? parsed.lastSerial
      page = parsed
    }
    return Fetched(document: document, isNew: true, page: page)
  }
}
