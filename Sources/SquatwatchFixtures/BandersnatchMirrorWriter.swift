public import Foundation
public import SquatwatchKit
import Synchronization

/// Writes a generated registry as a bandersnatch mirror tree under `web/`: simple pages (HTML, v1 HTML, v1 JSON),
/// the PyPI JSON API copies, and the distribution files with their PEP 658 `.metadata` files.
///
/// File paths follow the `packages/<ab>/<cd>/<rest>/<filename>` layout, keyed by the file's sha256 (PyPI keys by
/// blake2b-256, which the mirror does not publish). Project pages carry `_last-serial` as a string, as bandersnatch's
/// do; the root listing carries integers.
public struct BandersnatchMirrorWriter: Sendable {
  /// What to write.
  public struct Options: Sendable {
    /// Write `web/pypi/<name>/json`.
    public var jsonAPI: Bool
    /// Write serials: `_last-serial` keys and the `<!--SERIAL n-->` comment.
    public var serials: Bool
    /// Write the distribution files; when false, pages still list sizes and hashes (a metadata-only mirror).
    public var distributions: Bool
    /// Also write every distribution file flat into this directory, for uploading to another index.
    public var distDirectory: URL?
    /// Write the files of only each project's newest N releases; nil writes every file.
    ///
    /// Older files are listed (size, hash) but not written, which keeps a registry of long histories small.
    public var writtenReleases: Int?

    public init(
      jsonAPI: Bool = true, serials: Bool = true, distributions: Bool = true, distDirectory: URL? = nil,
      writtenReleases: Int? = nil
    ) {
      self.jsonAPI = jsonAPI
      self.serials = serials
      self.distributions = distributions
      self.distDirectory = distDirectory
      self.writtenReleases = writtenReleases
    }
  }

  /// What a run wrote.
  public struct Summary: Sendable {
    public var projects = 0
    public var files = 0
    /// Total size of the distribution files listed, written or not.
    public var distributionBytes = 0
  }

  /// One built file with the facts every page needs.
  private struct ListedFile {
    var built: BuiltDistribution
    var release: GeneratedRelease
    var sha256: String
    var metadataSHA256: String?
    var path: String
  }

  public var options: Options

  public init(options: Options = Options()) {
    self.options = options
  }

  /// Writes the mirror under `directory/web`, building every project's files in parallel.
  ///
  /// `only` (normalized names) writes just those projects' pages and files, plus the root listing of all: how a
  /// mirror that already holds the others is brought up to date.
  ///
  /// - Throws: `SquatwatchError(.usage)` when a file cannot be written.
  public func write(
    _ registry: GeneratedRegistry, to directory: URL, only: Set<String>? = nil
  ) throws(SquatwatchError) -> Summary {
    let web = directory.appendingPathComponent("web", isDirectory: true)
    let failure = Mutex<SquatwatchError?>(nil)
    let summary = Mutex(Summary())
    try createDirectory(web.appendingPathComponent("simple", isDirectory: true))
    if let distDirectory = options.distDirectory { try createDirectory(distDirectory) }
    let projects =
      only.map { names in registry.projects.filter { names.contains($0.normalizedName) } } ?? registry.projects
    DispatchQueue.concurrentPerform(iterations: projects.count) { index in
      guard failure.withLock({ $0 == nil }) else { return }
      do throws(SquatwatchError) {
        let written = try writeProject(projects[index], web: web)
        summary.withLock {
          $0.projects += 1
          $0.files += written.files
          $0.distributionBytes += written.bytes
        }
      } catch {
        failure.withLock { $0 = $0 ?? error }
      }
    }
    if let error = failure.withLock({ $0 }) { throw error }
    try writeRoot(registry, web: web)
    return summary.withLock { $0 }
  }

  private func writeProject(_ project: GeneratedProject, web: URL) throws(SquatwatchError) -> (files: Int, bytes: Int) {
    var files: [ListedFile] = []
    let firstWritten = project.releases.count - (options.writtenReleases ?? project.releases.count)
    for (releaseIndex, release) in project.releases.enumerated() {
      for file in release.files {
        let built = project.build(file, of: release)
        let sha256 = SHA256Digest.hex(of: built.data)
        let path = "\(sha256.prefix(2))/\(sha256.dropFirst(2).prefix(2))/\(sha256.dropFirst(4))/\(built.filename)"
        files.append(
          ListedFile(
            built: built, release: release, sha256: sha256,
            metadataSHA256: built.coreMetadata.map(SHA256Digest.hex(of:)),
            path: path))
        if options.distributions && releaseIndex >= firstWritten {
          let url = web.appendingPathComponent("packages/\(path)")
          try createDirectory(url.deletingLastPathComponent())
          try save(built.data, to: url)
          if let metadata = built.coreMetadata { try save(metadata, to: url.appendingPathExtension("metadata")) }
        }
        if let distDirectory = options.distDirectory {
          try save(built.data, to: distDirectory.appendingPathComponent(built.filename))
        }
      }
    }
    let normalized = project.normalizedName
    let simple = web.appendingPathComponent("simple/\(normalized)", isDirectory: true)
    try createDirectory(simple)
    let html = Data(projectHTML(project, files: files).utf8)
    try save(html, to: simple.appendingPathComponent("index.html"))
    try save(html, to: simple.appendingPathComponent("index.v1_html"))
    try save(Data(projectJSON(project, files: files).text.utf8), to: simple.appendingPathComponent("index.v1_json"))
    if options.jsonAPI {
      let pypi = web.appendingPathComponent("pypi/\(normalized)", isDirectory: true)
      try createDirectory(pypi)
      try save(Data(warehouseJSON(project, files: files).text.utf8), to: pypi.appendingPathComponent("json"))
    }
    return (files.count, files.reduce(0) { $0 + $1.built.data.count })
  }

  private func writeRoot(_ registry: GeneratedRegistry, web: URL) throws(SquatwatchError) {
    let sorted = registry.projects.sorted { $0.normalizedName < $1.normalizedName }
    var html =
      "<!DOCTYPE html>\n<html>\n  <head>\n    <meta name=\"pypi:repository-version\" content=\"1.0\">\n"
      + "    <title>Simple Index</title>\n  </head>\n  <body>\n"
    for project in sorted {
      html += "    <a href=\"\(project.normalizedName)/\">\(Self.escape(project.name))</a><br/>\n"
    }
    html += "  </body>\n</html>"
    let entries: [JSONValue] = sorted.map { project in
      var members: [(String, JSONValue)] = [("name", .string(project.normalizedName))]
      if options.serials { members.append(("_last-serial", .int(project.lastSerial))) }
      return .object(members)
    }
    var meta: [(String, JSONValue)] = [("api-version", .string("1.1"))]
    if options.serials { meta.append(("_last-serial", .int(registry.lastSerial))) }
    let simple = web.appendingPathComponent("simple", isDirectory: true)
    try save(Data(html.utf8), to: simple.appendingPathComponent("index.html"))
    try save(Data(html.utf8), to: simple.appendingPathComponent("index.v1_html"))
    let json = JSONValue.object([("meta", .object(meta)), ("projects", .array(entries))])
    try save(Data(json.text.utf8), to: simple.appendingPathComponent("index.v1_json"))
  }

  private func projectHTML(_ project: GeneratedProject, files: [ListedFile]) -> String {
    var html =
      "<!DOCTYPE html>\n<html>\n  <head>\n    <meta name=\"pypi:repository-version\" content=\"1.0\">\n"
      + "    <title>Links for \(Self.escape(project.name))</title>\n  </head>\n  <body>\n"
      + "    <h1>Links for \(Self.escape(project.name))</h1>\n"
    for file in files {
      var anchor = "    <a href=\"../../packages/\(file.path)#sha256=\(file.sha256)\""
      if let requiresPython = project.spec.requiresPython {
        anchor += " data-requires-python=\"\(Self.escape(requiresPython))\""
      }
      if let metadata = file.metadataSHA256 { anchor += " data-core-metadata=\"sha256=\(metadata)\"" }
      if let reason = file.release.yankedReason { anchor += " data-yanked=\"\(Self.escape(reason))\"" }
      html += anchor + ">\(Self.escape(file.built.filename))</a><br/>\n"
    }
    html += "  </body>\n</html>"
    if options.serials { html += "\n<!--SERIAL \(project.lastSerial)-->" }
    return html
  }

  private func projectJSON(_ project: GeneratedProject, files: [ListedFile]) -> JSONValue {
    var meta: [(String, JSONValue)] = [("api-version", .string("1.1"))]
    if options.serials { meta.append(("_last-serial", .string(String(project.lastSerial)))) }
    let fileObjects: [JSONValue] = files.map { file in
      .object([
        ("filename", .string(file.built.filename)),
        ("url", .string("../../packages/\(file.path)")),
        ("hashes", .object([("sha256", .string(file.sha256))])),
        ("requires-python", .string(project.spec.requiresPython ?? "")),
        ("yanked", file.release.yankedReason.map { $0.isEmpty ? .bool(true) : .string($0) } ?? .bool(false)),
        ("core-metadata", file.metadataSHA256.map { .object([("sha256", .string($0))]) } ?? .bool(false)),
        ("size", .int(file.built.data.count)),
        ("upload-time", .string(file.release.uploadTime.iso8601)),
      ])
    }
    return .object([
      ("meta", .object(meta)),
      ("name", .string(project.normalizedName)),
      ("versions", .array(project.releases.map { .string($0.version) })),
      ("files", .array(fileObjects)),
    ])
  }

  /// The Warehouse JSON API document (`/pypi/<name>/json`) for the latest non-yanked release.
  private func warehouseJSON(_ project: GeneratedProject, files: [ListedFile]) -> JSONValue {
    let latest = project.releases.last { $0.yankedReason == nil } ?? project.releases.last
    let spec = project.spec
    let version = latest?.version ?? ""
    func fileObject(_ file: ListedFile) -> JSONValue {
      .object([
        ("comment_text", .string("")),
        ("digests", .object([("sha256", .string(file.sha256))])),
        ("downloads", .int(-1)),
        ("filename", .string(file.built.filename)),
        ("has_sig", .bool(false)),
        ("packagetype", .string(file.built.packageType.rawValue)),
        ("python_version", .string(file.built.pythonVersion)),
        ("requires_python", .optional(spec.requiresPython)),
        ("size", .int(file.built.data.count)),
        ("upload_time", .string(file.release.uploadTime.seconds)),
        ("upload_time_iso_8601", .string(file.release.uploadTime.iso8601)),
        ("url", .string("../../packages/\(file.path)")),
        ("yanked", .bool(file.release.yankedReason != nil)),
        ("yanked_reason", .optional(file.release.yankedReason.flatMap { $0.isEmpty ? nil : $0 })),
      ])
    }
    let projectURL = "https://pypi.org/project/\(spec.name)/"
    let info: JSONValue = .object([
      ("author", .optional(spec.author)),
      ("author_email", .optional(spec.authorEmail)),
      ("bugtrack_url", .null),
      ("classifiers", .array(spec.classifiers.map(JSONValue.string))),
      ("description", .string(spec.description)),
      ("description_content_type", spec.description.isEmpty ? .null : .string("text/markdown")),
      ("docs_url", .null),
      ("download_url", .null),
      ("downloads", .object([("last_day", .int(-1)), ("last_month", .int(-1)), ("last_week", .int(-1))])),
      ("dynamic", .null),
      ("home_page", .optional(spec.homePage)),
      ("keywords", .optional(spec.keywords)),
      ("license", .optional(spec.license)),
      ("license_expression", .null),
      ("license_files", .null),
      ("maintainer", .optional(spec.maintainer)),
      ("maintainer_email", .optional(spec.maintainerEmail)),
      ("name", .string(spec.name)),
      ("package_url", .string(projectURL)),
      ("platform", .null),
      ("project_url", .string(projectURL)),
      (
        "project_urls", spec.projectURLs.isEmpty ? .null : .object(spec.projectURLs.map { ($0.label, .string($0.url)) })
      ),
      ("provides_extra", .null),
      ("release_url", .string("\(projectURL)\(version)/")),
      ("requires_dist", spec.requiresDist.isEmpty ? .null : .array(spec.requiresDist.map(JSONValue.string))),
      ("requires_python", .optional(spec.requiresPython)),
      ("summary", .string(spec.summary)),
      ("version", .string(version)),
      ("yanked", .bool(latest?.yankedReason != nil)),
      ("yanked_reason", .optional(latest?.yankedReason.flatMap { $0.isEmpty ? nil : $0 })),
    ])
    let releases: [(String, JSONValue)] = project.releases.map { release in
      (release.version, .array(files.filter { $0.release.version == release.version }.map(fileObject)))
    }
    let ownership: JSONValue = .object([
      (
        "roles",
        .array(project.ownership.roles.map { .object([("role", .string($0.role)), ("user", .string($0.user))]) })
      ),
      ("organization", .optional(project.ownership.organization)),
    ])
    return .object([
      ("info", info),
      ("last_serial", .int(project.lastSerial)),
      ("ownership", ownership),
      ("releases", .object(releases)),
      ("urls", .array(files.filter { $0.release.version == version }.map(fileObject))),
      ("vulnerabilities", .array([])),
    ])
  }

  private static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }

  private func createDirectory(_ url: URL) throws(SquatwatchError) {
    do {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    } catch {
      throw SquatwatchError(.usage, "cannot create directory \(url.path)", cause: error)
    }
  }

  private func save(_ data: Data, to url: URL) throws(SquatwatchError) {
    do {
      try data.write(to: url)
    } catch {
      throw SquatwatchError(.usage, "cannot write \(url.path)", cause: error)
    }
  }
}
