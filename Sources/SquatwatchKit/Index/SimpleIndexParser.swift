public import Foundation

/// Parses simple-API responses (PEP 503 HTML and PEP 691 JSON) into listings and project pages.
///
/// Dispatches on the response's media type, as PEP 691 asks. Every name is
/// normalized and validated; every URL is resolved against the page's URL.
public enum SimpleIndexParser {
  /// The media type of PEP 691 JSON.
  public static let jsonMediaType = "application/vnd.pypi.simple.v1+json"
  /// The Accept header pip sends: JSON strictly preferred, HTML as a fallback.
  public static let acceptHeader =
    "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.1, text/html;q=0.01"
  /// Caps anchors on a root page (PyPI has under a million projects).
  static let maxProjects = 5_000_000
  /// Caps files on one project page.
  static let maxFiles = 100_000

  /// The serialization of a response, from its media type; nil when it is not a simple-API type.
  ///
  /// `text_html` is what devpi-server (6.x) sends with its HTML pages when asked for PEP 691 HTML.
  public static func format(ofMediaType mediaType: String?) -> IndexCapabilities.SimpleFormat? {
    switch mediaType {
    case jsonMediaType: .json
    case "text/html", "application/vnd.pypi.simple.v1+html", "application/xhtml+xml", "text_html": .html
    default: nil
    }
  }

  /// Parses the root listing.
  ///
  /// - Throws: `malformed` or `tooLarge` for a page that is not a readable listing.
  public static func parseListing(
    _ body: Data, format: IndexCapabilities.SimpleFormat
  ) throws(SquatwatchError) -> ProjectListing {
    var seen = Set<String>()
    var entries: [ProjectListing.Entry] = []
    var rejected = 0
    func add(_ displayName: String, serial: Int?) {
      guard ProjectName.isValid(displayName) else {
        rejected += 1
        return
      }
      let name = ProjectName.normalize(displayName)
      if seen.insert(name).inserted {
        entries.append(ProjectListing.Entry(name: name, displayName: displayName, serial: serial))
      }
    }
    switch format {
    case .json:
      let root = try decode(JSONListing.self, from: body, what: "project list")
      guard let projects = root.projects?.values else {
        throw SquatwatchError(.malformed, "JSON project list has no \"projects\" array")
      }
      guard projects.count <= maxProjects else {
        throw SquatwatchError(.tooLarge, "project list has more than \(maxProjects) entries")
      }
      for project in projects {
        guard let name = project.name?.value else {
          rejected += 1
          continue
        }
        add(name, serial: project.lastSerial?.value)
      }
      return ProjectListing(
        entries: entries, lastSerial: root.meta?.lastSerial?.value, apiVersion: root.meta?.apiVersion?.value,
        rejectedNames: rejected)
    case .html:
      let document = try HTMLDocument(body, maxAnchors: maxProjects)
      for anchor in document.anchors {
        let text = anchor.text.trimmingCharacters(in: .whitespacesAndNewlines)
        add(text.isEmpty ? (anchor.href.map(Self.lastPathComponent) ?? "") : text, serial: nil)
      }
      return ProjectListing(
        entries: entries, lastSerial: nil, apiVersion: document.metas["pypi:repository-version"],
        rejectedNames: rejected, looksLikeLoginPage: document.looksLikeLoginPage)
    }
  }

  /// Parses one project's page.
  ///
  /// - Parameters:
  ///   - name: the normalized project name the page was requested for.
  ///   - pageURL: the URL the page came from, for resolving relative file links.
  /// - Throws: `malformed` or `tooLarge` for a page that cannot be read.
  public static func parseProjectPage(
    _ body: Data, format: IndexCapabilities.SimpleFormat, name: String, pageURL: String
  ) throws(SquatwatchError) -> ProjectPage {
    switch format {
    case .json:
      let page = try decode(JSONProjectPage.self, from: body, what: "project page")
      let rawFiles = page.files?.values ?? []
      guard rawFiles.count <= maxFiles else {
        throw SquatwatchError(.tooLarge, "project page lists more than \(maxFiles) files")
      }
      var files: [DistributionFile] = []
      for raw in rawFiles {
        guard let filename = raw.filename?.value, let link = raw.url?.value,
          let url = IndexURL.resolve(link, against: pageURL)
        else { continue }
        let metadata = raw.coreMetadata ?? raw.distInfoMetadata
        files.append(
          DistributionFile(
            filename: filename, url: url, hashes: raw.hashes?.values ?? [:],
            requiresPython: raw.requiresPython?.value.flatMap { $0.isEmpty ? nil : $0 },
            yanked: raw.yanked?.isSet ?? false, yankedReason: raw.yanked?.reason,
            coreMetadata: metadata?.availability ?? .absent, size: raw.size?.value,
            uploadTime: raw.uploadTime?.value.flatMap { $0.isEmpty ? nil : $0 }, provenance: raw.provenance?.value,
            version: FilenameVersion.version(of: filename, project: name)))
      }
      let versions = page.versions?.values ?? derivedVersions(files)
      return ProjectPage(
        name: name, files: files, versions: versions, status: page.projectStatus?.status?.value,
        lastSerial: page.meta?.lastSerial?.value, apiVersion: page.meta?.apiVersion?.value)
    case .html:
      let document = try HTMLDocument(body, maxAnchors: maxFiles)
      var files: [DistributionFile] = []
      for anchor in document.anchors {
        guard let href = anchor.href, let url = IndexURL.resolve(href, against: pageURL) else { continue }
        var hashes: [String: String] = [:]
        var fileURL = url
        if let hash = url.firstIndex(of: "#") {
          let fragment = url[url.index(after: hash)...]
          if let equals = fragment.firstIndex(of: "=") {
            hashes[String(fragment[..<equals]).lowercased()] = String(fragment[fragment.index(after: equals)...])
              .lowercased()
          }
          fileURL = String(url[..<hash])
        }
        let text = anchor.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let filename = text.isEmpty ? lastPathComponent(fileURL) : text
        let metadataValue = anchor.attributes["data-core-metadata"] ?? anchor.attributes["data-dist-info-metadata"]
        files.append(
          DistributionFile(
            filename: filename, url: fileURL, hashes: hashes,
            requiresPython: anchor.attributes["data-requires-python"].flatMap { $0.isEmpty ? nil : $0 },
            yanked: anchor.attributes["data-yanked"] != nil,
            yankedReason: anchor.attributes["data-yanked"].flatMap { $0.isEmpty ? nil : $0 },
            coreMetadata: coreMetadata(fromAttribute: metadataValue),
            provenance: anchor.attributes["data-provenance"],
            version: FilenameVersion.version(of: filename, project: name)))
      }
      let serial = document.comments.lazy.compactMap(serialComment).first
      return ProjectPage(
        name: name, files: files, versions: derivedVersions(files), status: document.metas["pypi:project-status"],
        lastSerial: serial, apiVersion: document.metas["pypi:repository-version"])
    }
  }

  private static func decode<T: Decodable>(_ type: T.Type, from body: Data, what: String) throws(SquatwatchError) -> T {
    do {
      return try JSONDecoder().decode(type, from: body)
    } catch {
      throw SquatwatchError(.malformed, "\(what) is not valid JSON", cause: ErrorSummary(error))
    }
  }

  private static func coreMetadata(fromAttribute value: String?) -> CoreMetadataAvailability {
    guard let value, value.lowercased() != "false" else { return .absent }
    if value.lowercased().hasPrefix("sha256=") { return .available(sha256: String(value.dropFirst(7)).lowercased()) }
    return .available(sha256: nil)
  }

  private static func serialComment(_ comment: String) -> Int? {
    let trimmed = comment.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasPrefix("SERIAL ") else { return nil }
    return Int(trimmed.dropFirst(7).trimmingCharacters(in: .whitespaces))
  }

  private static func derivedVersions(_ files: [DistributionFile]) -> [String] {
    var seen = Set<String>()
    return files.compactMap(\.version).filter { seen.insert($0).inserted }
  }

  private static func lastPathComponent(_ url: String) -> String {
    let path = url.split(separator: "#").first.map(String.init) ?? url
    return path.split(separator: "/").last.map(String.init) ?? path
  }
}


private struct JSONListing: Decodable {
  struct Meta: Decodable {
    var apiVersion: LenientJSON.Text?
    var lastSerial: LenientJSON.Integer?
    enum CodingKeys: String, CodingKey {
      case apiVersion = "api-version"
      case lastSerial = "_last-serial"
    }
  }
  struct Project: Decodable {
    var name: LenientJSON.Text?
    var lastSerial: LenientJSON.Integer?
    enum CodingKeys: String, CodingKey {
      case name
      case lastSerial = "_last-serial"
    }
  }
  var meta: Meta?
  var projects: LenientJSON.Elements<Project>?
}

private struct JSONProjectPage: Decodable {
  struct File: Decodable {
    var filename: LenientJSON.Text?
    var url: LenientJSON.Text?
    var hashes: LenientJSON.StringMap?
    var requiresPython: LenientJSON.Text?
    var yanked: LenientJSON.Flag?
    var coreMetadata: LenientJSON.HashFlag?
    var distInfoMetadata: LenientJSON.HashFlag?
    var size: LenientJSON.Integer?
    var uploadTime: LenientJSON.Text?
    var provenance: LenientJSON.Text?
    enum CodingKeys: String, CodingKey {
      case filename, url, hashes, yanked, size, provenance
      case requiresPython = "requires-python"
      case coreMetadata = "core-metadata"
      case distInfoMetadata = "dist-info-metadata"
      case uploadTime = "upload-time"
    }
  }
  struct Status: Decodable {
    var status: LenientJSON.Text?
  }
  var meta: JSONListing.Meta?
  var versions: LenientJSON.Strings?
  var files: LenientJSON.Elements<File>?
  var projectStatus: Status?
  enum CodingKeys: String, CodingKey {
    case meta, versions, files
    case projectStatus = "project-status"
  }
}
