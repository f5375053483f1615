public import Foundation

/// Parses a PyPI JSON API document (`/pypi/<name>/json`) into `ProjectMetadata`.
public enum JSONAPIParser {
  /// Caps releases kept per project.
  static let maxReleases = 20_000

  /// Parses `body`.
  ///
  /// - Throws: `malformed` when the body is not a JSON API document.
  public static func parse(_ body: Data) throws(SquatwatchError) -> ProjectMetadata {
    try JSONTree.read(body, what: "JSON API document") { document throws(SquatwatchError) in
      guard let info = document["info"], let name = info["name"]?.string else {
        throw SquatwatchError(.malformed, "JSON API document has no info.name")
      }
      var releases: [ProjectMetadata.Release] = []
      for (version, files) in (document["releases"]?.members ?? []).prefix(maxReleases) where files.isArray {
        let files = files.elements
        let uploads = files.compactMap { $0["upload_time_iso_8601"]?.string ?? $0["upload_time"]?.string }
        releases.append(
          ProjectMetadata.Release(
            version: version, fileCount: files.count, firstUpload: uploads.min(),
            yanked: !files.isEmpty && files.allSatisfy(isYanked)))
      }
      releases.sort { ($0.firstUpload ?? "", $0.version) < ($1.firstUpload ?? "", $1.version) }
      let description = info["description"]?.string
      let ownership = document["ownership"]
      return ProjectMetadata(
        name: name, version: info["version"]?.string, summary: info["summary"]?.string,
        description: description.map { String($0.prefix(ProjectMetadata.descriptionLimit)) },
        descriptionSHA256: description.map { SHA256Digest.hex(of: Data($0.utf8)) },
        author: info["author"]?.string, authorEmail: info["author_email"]?.string,
        maintainer: info["maintainer"]?.string, maintainerEmail: info["maintainer_email"]?.string,
        homePage: info["home_page"]?.string, projectURLs: info["project_urls"]?.stringMap ?? [:],
        requiresDist: info["requires_dist"]?.strings ?? [], classifiers: info["classifiers"]?.strings ?? [],
        keywords: info["keywords"]?.string, license: info["license"]?.string, releases: releases,
        owners: (ownership?["roles"]?.elements ?? []).compactMap { role in
          guard let user = role["user"]?.string else { return nil }
          return ProjectMetadata.Owner(role: role["role"]?.string ?? "Owner", user: user)
        },
        organization: ownership?["organization"]?.string, lastSerial: document["last_serial"]?.integer)
    }
  }

  /// A file the index marks yanked (PEP 592: `true` or a reason string).
  private static func isYanked(_ file: JSONTree.Value) -> Bool {
    file["yanked"].map { SimpleIndexParser.yankedFlag($0).isSet } ?? false
  }
}
