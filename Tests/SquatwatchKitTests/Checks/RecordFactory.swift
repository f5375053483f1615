import Foundation
import SquatwatchKit

/// Hand-built project records for the check tests: a real library by default, every trait overridable.
enum RecordFactory {
  static let realCode = CodeSummary(pythonModules: 12, codeBytes: 40_000, definesAnything: true, sourcesRead: true)
  static let emptyCode = CodeSummary(pythonModules: 1, codeBytes: 0, definesAnything: false, sourcesRead: true)
  static let metadataOnly = CodeSummary(metadataOnly: true, sourcesRead: true)

  /// A project with one wheel per release; the newest wheel is inspected.
  static func record(
    _ name: String, owners: [String] = [], organization: String? = nil, email: String? = nil,
    summary: String = "Tools for parsing things well", description: String = "A longer explanation of the tools.",
    releases: [(version: String, date: String)] = [("1.0.0", "2025-03-01")], zeroFileReleases: [String] = [],
    code: CodeSummary = realCode, scripts: [String] = [], imports: [String]? = nil, requires: [String] = [],
    repository: String? = nil, provenance: Bool = false, fileSize: Int = 50_000, sha256: String? = nil,
    inspected: Bool = true
  ) -> ProjectRecord {
    let files = releases.map { release in
      DistributionFile(
        filename: "\(name)-\(release.version)-py3-none-any.whl", url: "https://files.test/\(name)/\(release.version)",
        hashes: ["sha256": sha256 ?? "\(name)-\(release.version)-digest"], size: fileSize,
        uploadTime: "\(release.date)T12:00:00.000000Z", provenance: provenance ? "https://files.test/prov" : nil,
        version: release.version)
    }
    var metadataReleases = releases.map {
      ProjectMetadata.Release(version: $0.version, fileCount: 1, firstUpload: "\($0.date)T12:00:00Z", yanked: false)
    }
    metadataReleases += zeroFileReleases.map {
      ProjectMetadata.Release(version: $0, fileCount: 0, firstUpload: nil, yanked: false)
    }
    let metadata = ProjectMetadata(
      name: name, version: releases.last?.version ?? zeroFileReleases.last, summary: summary, description: description,
      descriptionSHA256: "sha-of-\(description)", authorEmail: email,
      projectURLs: repository.map { ["Source": $0] } ?? [:], requiresDist: requires, releases: metadataReleases,
      owners: owners.map { ProjectMetadata.Owner(role: "Owner", user: $0) }, organization: organization)
    var inspections: [DistributionInspection] = []
    if inspected, let newest = files.last {
      inspections.append(
        DistributionInspection(
          sha256: newest.sha256 ?? "", filename: newest.filename,
          members: [ArchiveMember(name: "\(name.replacingOccurrences(of: "-", with: "_"))/__init__.py", size: 10)],
          consoleScripts: scripts.map { EntryPoint(name: $0, target: "\(name):main") },
          topLevelNames: imports ?? [name.replacingOccurrences(of: "-", with: "_")], code: code))
    }
    return ProjectRecord(
      name: name, displayName: name,
      page: ProjectPage(name: name, files: files, versions: releases.map(\.version)), metadata: metadata,
      jsonAPI: .present, inspections: inspections)
  }

  /// Many releases over years, by its own owner, with a repository: an established project.
  static func established(
    _ name: String, owners: [String], scripts: [String] = [], imports: [String]? = nil, requires: [String] = []
  ) -> ProjectRecord {
    record(
      name, owners: owners, releases: (0..<8).map { ("1.\($0).0", "20\(17 + $0)-05-01") }, scripts: scripts,
      imports: imports, requires: requires, repository: "https://github.com/\(owners.first ?? "x")/\(name)",
      provenance: true)
  }

  /// `record` as an HTML-only index (pypiserver, devpi, Nexus) shows it: no JSON API, no upload times; what the
  /// JSON API said is known only from the inspected wheel's Core Metadata.
  static func htmlOnly(_ record: ProjectRecord) -> ProjectRecord {
    var stripped = record
    let metadata = record.metadata
    stripped.inspections = record.inspections.map { inspection in
      var inspection = inspection
      inspection.coreMetadata = CoreMetadata(
        name: metadata?.name, version: metadata?.version, summary: metadata?.summary,
        authorEmail: metadata?.authorEmail, requiresDist: metadata?.requiresDist ?? [])
      return inspection
    }
    stripped.metadata = nil
    stripped.jsonAPI = .unavailable
    stripped.page?.files =
      record.page?.files.map { file in
        var file = file
        file.uploadTime = nil
        return file
      } ?? []
    return stripped
  }

  /// A project known by name only, as in a names-only run.
  static func nameOnly(_ name: String) -> ProjectRecord {
    ProjectRecord(name: name, displayName: name, page: nil, metadata: nil, jsonAPI: .unavailable)
  }

  static let capabilities = IndexCapabilities(simpleFormat: .json, hasJSONAPI: true, hasSerials: true)

  /// A popularity list ranking `names` in order, with downloads falling from 100 million.
  static func popular(_ names: [String]) -> PopularityList {
    PopularityList(
      entries: names.enumerated().map {
        PopularityList.Entry(project: $0.element, downloads: 100_000_000 / ($0.offset + 1))
      })
  }

  static let knownCommands = KnownCommands(
    projects: [
      "huggingface-hub": .init(commands: ["huggingface-cli"], imports: ["huggingface_hub"]),
      "scikit-learn": .init(imports: ["sklearn"]),
    ],
    systemCommands: ["pip", "python", "git", "sudo", "ls"])

  /// Runs every check over `records` with `popular` as the download list.
  static func audit(
    _ records: [ProjectRecord], popular: [String] = [], options: CheckOptions = CheckOptions(),
    capabilities: IndexCapabilities = capabilities
  ) -> AuditReport {
    SquatAuditor(popularList: self.popular(popular), knownCommands: knownCommands, options: options)
      .run(records: records, capabilities: capabilities, registry: "https://index.test/simple/")
  }
}
