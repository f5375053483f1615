public import Foundation

/// Parses a PyPI JSON API document (`/pypi/<name>/json`) into `ProjectMetadata`.
public enum JSONAPIParser {
  /// Caps releases kept per project.
  static let maxReleases = 20_000

  /// Parses `body`.
  ///
  /// - Throws: `malformed` when the body is not a JSON API document.
  public static func parse(_ body: Data) throws(SquatwatchError) -> ProjectMetadata {
    let document: Document
    do {
      document = try JSONDecoder().decode(Document.self, from: body)
    } catch {
      throw SquatwatchError(.malformed, "JSON API document is not valid JSON", cause: ErrorSummary(error))
    }
    guard let info = document.info, let name = info.name?.value else {
      throw SquatwatchError(.malformed, "JSON API document has no info.name")
    }
    var releases: [ProjectMetadata.Release] = []
    for (version, files) in document.releases?.values ?? [:] {
      let uploads = files.compactMap { $0.uploadTimeISO?.value ?? $0.uploadTime?.value }
      releases.append(
        ProjectMetadata.Release(
          version: version, fileCount: files.count, firstUpload: uploads.min(),
          yanked: !files.isEmpty && files.allSatisfy { $0.yanked?.isSet ?? false }))
    }
    releases.sort { ($0.firstUpload ?? "", $0.version) < ($1.firstUpload ?? "", $1.version) }
    let description = info.description?.value
    return ProjectMetadata(
      name: name, version: info.version?.value, summary: info.summary?.value,
      description: description.map { String($0.prefix(ProjectMetadata.descriptionLimit)) },
      descriptionSHA256: description.map { SHA256Digest.hex(of: Data($0.utf8)) },
      author: info.author?.value, authorEmail: info.authorEmail?.value, maintainer: info.maintainer?.value,
      maintainerEmail: info.maintainerEmail?.value, homePage: info.homePage?.value,
      projectURLs: info.projectURLs?.values ?? [:], requiresDist: info.requiresDist?.values ?? [],
      classifiers: info.classifiers?.values ?? [], keywords: info.keywords?.value, license: info.license?.value,
      releases: releases,
      owners: (document.ownership?.roles ?? []).compactMap { role in
        guard let user = role.user?.value else { return nil }
        return ProjectMetadata.Owner(role: role.role?.value ?? "Owner", user: user)
      },
      organization: document.ownership?.organization?.value, lastSerial: document.lastSerial?.value)
  }

  private struct Document: Decodable {
    var info: Info?
    var releases: Releases?
    var lastSerial: LenientJSON.Integer?
    var ownership: Ownership?
    enum CodingKeys: String, CodingKey {
      case info, releases, ownership
      case lastSerial = "last_serial"
    }
  }

  private struct Info: Decodable {
    var name, version, summary, description, author, authorEmail, maintainer, maintainerEmail, homePage, keywords,
      license: LenientJSON.Text?
    var projectURLs: LenientJSON.StringMap?
    var requiresDist, classifiers: LenientJSON.Strings?
    enum CodingKeys: String, CodingKey {
      case name, version, summary, description, author, maintainer, keywords, license, classifiers
      case authorEmail = "author_email"
      case maintainerEmail = "maintainer_email"
      case homePage = "home_page"
      case projectURLs = "project_urls"
      case requiresDist = "requires_dist"
    }
  }

  /// `releases`: version to file list, skipping entries of the wrong type.
  private struct Releases: Decodable {
    var values: [String: [File]] = [:]

    init(from decoder: any Decoder) throws {
      guard let container = try? decoder.container(keyedBy: LenientJSON.AnyKey.self) else { return }
      for key in container.allKeys.prefix(JSONAPIParser.maxReleases) {
        if let files = try? container.decode(LenientJSON.Elements<File>.self, forKey: key) {
          values[key.stringValue] = files.values
        }
      }
    }
  }

  private struct File: Decodable {
    var uploadTime, uploadTimeISO: LenientJSON.Text?
    var yanked: LenientJSON.Flag?
    enum CodingKeys: String, CodingKey {
      case yanked
      case uploadTime = "upload_time"
      case uploadTimeISO = "upload_time_iso_8601"
    }
  }

  /// `ownership`: roles and organization, each dropped alone when its type is off (a field pypi.org added
  /// late, so other servers and attackers fill it freely).
  private struct Ownership: Decodable {
    struct Role: Decodable {
      var role, user: LenientJSON.Text?
    }
    var roles: [Role] = []
    var organization: LenientJSON.Text?
    enum CodingKeys: String, CodingKey {
      case roles, organization
    }

    init(from decoder: any Decoder) throws {
      let container = try? decoder.container(keyedBy: CodingKeys.self)
      roles = (try? container?.decodeIfPresent(LenientJSON.Elements<Role>.self, forKey: .roles))??.values ?? []
      organization = try? container?.decodeIfPresent(LenientJSON.Text.self, forKey: .organization)
    }
  }
}
