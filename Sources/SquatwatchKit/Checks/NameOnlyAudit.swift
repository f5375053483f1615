public import Foundation

/// Judges project names alone against a popular list: what `squatwatch names` runs to vet a requirements list.
///
/// Each name becomes a record with no page, metadata or inspections, so only the name checks can fire
/// (typosquat, and entry-point-hijack for names that are a popular project's command or import name); the
/// report's `degraded_checks` says which signals were missing. Names in the popular list itself are judged like
/// any other and come out clean through their own downloads.
public struct NameOnlyAudit: Sendable {
  /// The download-ranked popular list (hugovk/top-pypi-packages JSON or CSV).
  public var popularFile: String
  /// A known-commands map replacing the bundled one, if given.
  public var knownCommandsFile: String?
  public var options: CheckOptions
  /// Watch lists (`--watch`): names that nobody outside their listed owners may register.
  public var watchFiles: [String]

  /// Names files larger than this are refused rather than read.
  public static let maximumFileBytes = 64 << 20

  public init(
    popularFile: String, knownCommandsFile: String? = nil, options: CheckOptions = CheckOptions(),
    watchFiles: [String] = []
  ) {
    self.popularFile = popularFile
    self.knownCommandsFile = knownCommandsFile
    self.options = options
    self.watchFiles = watchFiles
  }

  /// Audits `names` (as given; duplicates after normalization count once).
  ///
  /// - Throws: `usage` when a name is invalid or an input file cannot be read or parsed.
  public func run(
    names: [String], console: Console, generatedAt: Date = Date()
  ) throws(SquatwatchError) -> AuditReport {
    var records: [ProjectRecord] = []
    var seen: Set<String> = []
    for name in names {
      guard ProjectName.isValid(name) else {
        throw SquatwatchError(.usage, "\"\(name.prefix(80))\" is not a valid project name")
      }
      let normalized = ProjectName.normalize(name)
      guard seen.insert(normalized).inserted else { continue }
      records.append(
        ProjectRecord(name: normalized, displayName: name, page: nil, metadata: nil, jsonAPI: .unavailable))
    }
    let popularList: PopularityList
    let knownCommands: KnownCommands
    do {
      popularList = try PopularityList.load(path: popularFile)
      if let knownCommandsFile {
        knownCommands = try KnownCommands.load(path: knownCommandsFile)
      } else {
        knownCommands = try KnownCommands.bundled()
      }
    } catch {
      // With no index involved, every unreadable input is the user's to fix.
      throw SquatwatchError(.usage, error.message, cause: error.cause)
    }
    if popularList.rejectedRows > 0 {
      console.log(.warning, "\(popularFile): skipped \(popularList.rejectedRows) malformed rows")
    }
    console.log(.debug, "checking \(records.count) names against \(popularList.entries.count) popular projects")
    var auditor = SquatAuditor(popularList: popularList, knownCommands: knownCommands, options: options)
    if !watchFiles.isEmpty { auditor.watchList = try WatchList.load(paths: watchFiles) }
    var report = auditor.run(
      records: records, capabilities: IndexCapabilities(simpleFormat: .json, hasJSONAPI: false, hasSerials: false),
      registry: "names", generatedAt: generatedAt)
    // Every signal but the name is missing by design; one line per check says so instead of one per signal.
    report.degradedChecks = Self.limits.map {
      DegradedCheck(check: $0.0, missingSignal: "project-data", projectsAffected: records.count, effect: $0.1)
    }
    return report
  }

  /// What each check can do with a name and the popular list alone.
  static let limits: [(CheckName, String)] = [
    (.emptyPackage, "off: files and metadata unknown"),
    (.entryPointHijack, "project names only: installed scripts, ownership and history unknown"),
    (.namingCluster, "off: upload times and metadata unknown"),
    (
      .typosquat,
      "names and the popular list only: no ownership, history or code lowers a score, so near names that naming "
        + "conventions explain (versions, plurals, py prefixes, short words, English words) are not flagged alone"
    ),
  ]

  /// The project names in a names file: one per line, blank lines and `#` comments skipped.
  ///
  /// A requirements file works as well: a line's leading project name is taken and its extras, version
  /// specifiers and markers are ignored; pip options (`-r`, `--hash`, …) are skipped, and a line that starts with
  /// no project name (a bare URL or path) is refused with its line number.
  public static func names(fromFile path: String) throws(SquatwatchError) -> [String] {
    let data = try BoundedFile.read(path, label: "names file \(path)", limit: maximumFileBytes, tooLarge: .usage)
    var names: [String] = []
    for (index, rawLine) in String(decoding: data, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false
    ).enumerated() {
      let line = rawLine.prefix { $0 != "#" }.trimmingCharacters(in: .whitespacesAndNewlines)
      if line.isEmpty || line.hasPrefix("-") { continue }
      guard let name = requirementName(line) else {
        throw SquatwatchError(.usage, "\(path):\(index + 1): not a project name or requirement: \(line.prefix(80))")
      }
      names.append(name)
    }
    return names
  }

  /// The project name a requirement line starts with, if the rest is what PEP 508 allows after a name.
  static func requirementName(_ line: String) -> String? {
    let name = line.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }
    guard ProjectName.isValid(name) else { return nil }
    let rest = line.dropFirst(name.count)
    guard let next = rest.first else { return String(name) }
    return next.isWhitespace || "[(;<>=!~@,".contains(next) ? String(name) : nil
  }
}
