public import Foundation

/// A check as `check` and `audit` run it: read the cache (and the upstream's, with `--upstream`), run the checks
/// offline, produce the report.
public struct CheckJob: Sendable {
  public var cacheDirectory: URL
  /// A download-ranked popular list (hugovk/top-pypi-packages JSON or CSV), if given.
  public var popularFile: String?
  /// A known-commands map replacing the bundled one, if given.
  public var knownCommandsFile: String?
  public var options: CheckOptions
  /// Seconds to wait for another run holding the same cache.
  public var lockWait: Double
  /// The cache of the upstream crawl (`--upstream`), for the dependency-confusion check.
  public var upstreamCacheDirectory: URL?
  /// Watch lists (`--watch`), for the watched-name check.
  public var watchFiles: [String]

  public init(
    cacheDirectory: URL, popularFile: String?, knownCommandsFile: String?, options: CheckOptions, lockWait: Double,
    upstreamCacheDirectory: URL? = nil, watchFiles: [String] = []
  ) {
    self.cacheDirectory = cacheDirectory
    self.popularFile = popularFile
    self.knownCommandsFile = knownCommandsFile
    self.options = options
    self.lockWait = lockWait
    self.upstreamCacheDirectory = upstreamCacheDirectory
    self.watchFiles = watchFiles
  }

  /// Runs every check over the cached registry.
  ///
  /// - Throws: `usage` when the cache holds no crawl or an input file is bad; `cache` when it cannot be read.
  public func run(console: Console) throws(SquatwatchError) -> AuditReport {
    try run(console: console, observer: nil)
  }

  /// `run`, with `observer` seeing every project's findings (`explain`).
  func run(console: Console, observer: SquatAuditor.Observer?) throws(SquatwatchError) -> AuditReport {
    let lock = try CacheLock(directory: cacheDirectory, wait: lockWait)
    defer { withExtendedLifetime(lock) {} }
    let store = try CacheStore(directory: cacheDirectory)
    guard let registry = try store.meta("registry"), let encoded = try store.meta("capabilities") else {
      throw SquatwatchError(
        .usage, "the cache at \(cacheDirectory.path) holds no crawl yet; run `squatwatch crawl` or `audit` first")
    }
    let capabilities: IndexCapabilities
    do {
      capabilities = try JSONDecoder().decode(IndexCapabilities.self, from: Data(encoded.utf8))
    } catch {
      throw SquatwatchError(.cache, "the cache's index description is unreadable", cause: ErrorSummary(error))
    }
    var popularList: PopularityList?
    if let popularFile { popularList = try PopularityList.load(path: popularFile) }
    if let popularList, popularList.rejectedRows > 0 {
      console.log(.warning, "\(popularFile ?? ""): skipped \(popularList.rejectedRows) malformed rows")
    }
    let knownCommands: KnownCommands
    if let knownCommandsFile {
      knownCommands = try KnownCommands.load(path: knownCommandsFile)
    } else {
      knownCommands = try KnownCommands.bundled()
    }
    let facts = try Self.facts(in: store, console: console)
    console.log(.debug, "checking \(facts.count) projects from \(cacheDirectory.path)")
    var auditor = SquatAuditor(popularList: popularList, knownCommands: knownCommands, options: options)
    if !watchFiles.isEmpty {
      auditor.watchList = try WatchList.load(paths: watchFiles)
      console.log(.debug, "watching \(auditor.watchList?.count ?? 0) names")
    }
    if let upstreamCacheDirectory {
      auditor.upstream = try Self.upstream(in: upstreamCacheDirectory, lockWait: lockWait, console: console)
    }
    return auditor.run(facts: facts, capabilities: capabilities, registry: registry, observer: observer)
  }

  /// What the upstream crawl (`--upstream`) stored: the colliding names and their projects' facts.
  ///
  /// - Throws: `usage` when the upstream was never crawled.
  private static func upstream(
    in directory: URL, lockWait: Double, console: Console
  ) throws(SquatwatchError) -> UpstreamIndex {
    let lock = try CacheLock(directory: directory, wait: lockWait)
    defer { withExtendedLifetime(lock) {} }
    let store = try CacheStore(directory: directory)
    guard let registry = try store.meta("registry") else {
      throw SquatwatchError(
        .usage,
        "the upstream cache at \(directory.path) holds no crawl yet; run `squatwatch crawl` or `audit` with --upstream"
      )
    }
    let collisions = Set(try store.projectStates().filter { $0.value.state != .removed }.keys)
    var failures: [String: String] = [:]
    for failure in try store.failures() { failures[failure.name] = failure.error }
    var facts: [String: ProjectFacts] = [:]
    for project in try Self.facts(in: store, console: console) where collisions.contains(project.name) {
      facts[project.name] = project
    }
    return UpstreamIndex(registry: registry, collisions: collisions, facts: facts, failures: failures)
  }

  /// Every stored project's facts, in name order: cached facts decoded in parallel batches, and facts derived (and
  /// stored for the next run) for records that have none, so a registry of hundreds of thousands of projects never
  /// holds every full record in memory.
  private static func facts(in store: CacheStore, console: Console) throws(SquatwatchError) -> [ProjectFacts] {
    var facts: [ProjectFacts] = []
    var derived: [(project: String, payload: Data)] = []
    var unreadable = 0
    unreadable += try store.forEachFactsBatch(
      size: 8192,
      facts: { payloads in
        let decoded = ParallelMap.map(count: payloads.count, chunkSize: 512) { ProjectFacts(payload: payloads[$0]) }
        for item in decoded {
          if let item { facts.append(item) } else { unreadable += 1 }
        }
      },
      recordsWithoutFacts: { records in
        let derivedFacts = ParallelMap.map(count: records.count, chunkSize: 256) { index in
          let projectFacts = ProjectFacts(record: records[index])
          return (projectFacts, projectFacts.payload)
        }
        for (projectFacts, payload) in derivedFacts {
          facts.append(projectFacts)
          derived.append((projectFacts.name, payload))
        }
      })
    try store.store(facts: derived)
    // Name order, as the records themselves are stored: ties between equal findings resolve the same every run.
    facts.sort { $0.name < $1.name }
    if unreadable > 0 { console.log(.warning, "skipped \(unreadable) cached records that could not be read") }
    return facts
  }
}
