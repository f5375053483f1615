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

  /// Parses the root listing, as it is read: no document tree is built.
  ///
  /// - Parameter wanted: normalized names to keep (`--projects`); nil keeps every entry. Entries not kept cost
  ///   nothing beyond their parse, so one project of a million-project listing is cheap.
  /// - Throws: `malformed` or `tooLarge` for a page that is not a readable listing.
  public static func parseListing(
    _ body: Data, format: IndexCapabilities.SimpleFormat, keeping wanted: Set<String>? = nil
  ) throws(SquatwatchError) -> ProjectListing {
    var listing = ProjectListing(entries: [])
    var seen = Set<String>()
    func add(_ displayName: String, serial: Int?) throws(SquatwatchError) {
      guard ProjectName.isValid(displayName) else {
        listing.rejectedNames += 1
        return
      }
      listing.listedCount += 1
      guard listing.listedCount <= maxProjects else {
        throw SquatwatchError(.tooLarge, "project list has more than \(maxProjects) entries")
      }
      if serial != nil { listing.hasSerials = true }
      let name = ProjectName.normalize(displayName)
      guard wanted?.contains(name) ?? true, seen.insert(name).inserted else { return }
      listing.entries.append(ProjectListing.Entry(name: name, displayName: displayName, serial: serial))
    }
    switch format {
    case .json:
      let meta = try JSONListingReader.read(body) { (name: String?, serial: Int?) throws(SquatwatchError) in
        guard let name else {
          listing.rejectedNames += 1
          return
        }
        try add(name, serial: serial)
      }
      listing.lastSerial = meta.lastSerial
      listing.apiVersion = meta.apiVersion
    case .html:
      let page = try HTMLPageReader.read(body, maxAnchors: maxProjects) { anchor throws(SquatwatchError) in
        let text = anchor.text.trimmingWhitespace()
        try add(text.isEmpty ? (anchor.href.map(Self.lastPathComponent) ?? "") : text, serial: nil)
      }
      listing.apiVersion = page.metas["pypi:repository-version"]
      listing.looksLikeLoginPage = page.looksLikeLoginPage
    }
    return listing
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
    let base = URL(string: pageURL)
    switch format {
    case .json:
      return try JSONTree.read(body, what: "project page") { page throws(SquatwatchError) in
        let rawFiles = page["files"]
        if let rawFiles, !rawFiles.isArray, !rawFiles.isNull {
          throw SquatwatchError(.malformed, "project page's \"files\" is not a list")
        }
        let elements = rawFiles?.elements ?? []
        guard elements.count <= maxFiles else {
          throw SquatwatchError(.tooLarge, "project page lists more than \(maxFiles) files")
        }
        var files: [DistributionFile] = []
        files.reserveCapacity(elements.count)
        for raw in elements {
          guard let filename = raw["filename"]?.string, let link = raw["url"]?.string,
            let url = IndexURL.resolve(link, against: base)
          else { continue }
          let yanked = raw["yanked"].map(yankedFlag) ?? (isSet: false, reason: nil)
          files.append(
            DistributionFile(
              filename: filename, url: url, hashes: raw["hashes"]?.stringMap ?? [:],
              requiresPython: raw["requires-python"]?.string.flatMap { $0.isEmpty ? nil : $0 },
              yanked: yanked.isSet, yankedReason: yanked.reason,
              coreMetadata: (raw["core-metadata"] ?? raw["dist-info-metadata"]).map(coreMetadata) ?? .absent,
              size: raw["size"]?.integer,
              uploadTime: raw["upload-time"]?.string.flatMap { $0.isEmpty ? nil : $0 },
              provenance: raw["provenance"]?.string,
              version: FilenameVersion.version(of: filename, project: name)))
        }
        let meta = page["meta"]
        return ProjectPage(
          name: name, files: files, versions: page["versions"]?.strings ?? derivedVersions(files),
          status: page["project-status"]?["status"]?.string, lastSerial: meta?["_last-serial"]?.integer,
          apiVersion: meta?["api-version"]?.string)
      }
    case .html:
      var anchors: [HTMLPageReader.Anchor] = []
      let document = try HTMLPageReader.read(body, maxAnchors: maxFiles) { anchors.append($0) }
      var files: [DistributionFile] = []
      for anchor in anchors {
        guard let href = anchor.href, let url = IndexURL.resolve(href, against: base) else { continue }
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
        let text = anchor.text.trimmingWhitespace()
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

  /// PEP 592 `yanked`: `false`, `true`, or the reason as a string.
  static func yankedFlag(_ value: JSONTree.Value) -> (isSet: Bool, reason: String?) {
    if let flag = value.bool { return (flag, nil) }
    if let reason = value.string { return (true, reason.isEmpty ? nil : reason) }
    return (false, nil)
  }

  /// PEP 714 `core-metadata`: `false`, `true`, or `{hashname: hex}`.
  private static func coreMetadata(_ value: JSONTree.Value) -> CoreMetadataAvailability {
    if let flag = value.bool { return flag ? .available(sha256: nil) : .absent }
    if let hashes = value.stringMap { return .available(sha256: hashes["sha256"]) }
    return .absent
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
