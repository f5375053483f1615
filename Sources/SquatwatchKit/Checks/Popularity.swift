/// How popular each project is: downloads from a `--popular` list, reverse dependencies and history from the crawl.
///
/// Squats aim at popular projects, so this decides which names are targets. Derived popularity follows
/// PyPI's TypoSnyper (top projects by dependents in the `Requires-Dist` of latest releases); only projects with
/// a release history count, so a burst of fresh projects requiring each other cannot make itself popular.
public struct Popularity: Sendable {
  /// One project's standing.
  public struct Standing: Hashable, Sendable {
    /// Downloads from the popularity list, if the project is listed.
    public var downloads: Int?
    /// 1-based rank in the popularity list.
    public var downloadRank: Int?
    /// Distinct projects in the crawl whose latest release requires this one.
    public var dependents: Int
    /// 1-based rank by dependents among established projects, if it has any dependents.
    public var dependentsRank: Int?
    /// Dependents that have a release history of their own and share no owner with this project: the
    /// dependents an attacker cannot make up with a burst of fresh projects or a second account of their own.
    public var independentDependents: Int
    /// Whether the project has a release history (several releases with files, over months).
    public var established: Bool

    public init(
      downloads: Int? = nil, downloadRank: Int? = nil, dependents: Int = 0, dependentsRank: Int? = nil,
      independentDependents: Int = 0, established: Bool = false
    ) {
      self.downloads = downloads
      self.downloadRank = downloadRank
      self.dependents = dependents
      self.dependentsRank = dependentsRank
      self.independentDependents = independentDependents
      self.established = established
    }
  }

  /// Normalized name to standing; projects with no downloads, dependents or history are absent.
  public private(set) var standings: [String: Standing]
  /// Whether a download list was merged in.
  public private(set) var hasDownloadCounts: Bool

  public init(standings: [String: Standing] = [:], hasDownloadCounts: Bool = false) {
    self.standings = standings
    self.hasDownloadCounts = hasDownloadCounts
  }

  /// What the crawl says about one project's standing: whom it requires, who owns it and whether it has a history.
  struct DependencyFacts: Sendable {
    var name: String
    var requirements: [String]
    /// Lowercased owner accounts (empty when the index gives none).
    var owners: [String]
    var established: Bool

    init(record: borrowing ProjectRecord) {
      self.init(facts: ProjectFacts(record: record))
    }

    init(facts: ProjectFacts) {
      name = facts.name
      requirements = facts.requirements
      owners = facts.owners
      established = ProjectFacts.isEstablished(
        releasesWithFiles: facts.releasesWithFiles, first: facts.firstUpload, last: facts.lastUpload)
    }
  }

  /// Popularity as the crawl alone shows it.
  public static func derive(from records: [ProjectRecord]) -> Popularity {
    derive(from: ParallelMap.map(count: records.count) { DependencyFacts(record: records[$0]) })
  }

  static func derive(from projects: [DependencyFacts]) -> Popularity {
    var dependents: [String: Int] = [:]
    var establishedDependents: [String: [Int]] = [:]
    for (index, project) in projects.enumerated() {
      for requirement in project.requirements {
        dependents[requirement, default: 0] += 1
        if project.established { establishedDependents[requirement, default: []].append(index) }
      }
    }
    var standings: [String: Standing] = [:]
    for project in projects {
      let count = dependents[project.name] ?? 0
      guard project.established || count > 0 else { continue }
      let independent = (establishedDependents[project.name] ?? []).count { dependent in
        !projects[dependent].owners.contains { project.owners.contains($0) }
      }
      standings[project.name] = Standing(
        dependents: count, independentDependents: independent, established: project.established)
    }
    let ranked = standings.filter { $0.value.established && $0.value.dependents > 0 }
      .sorted { ($0.value.dependents, $1.key) > ($1.value.dependents, $0.key) }
    for (index, entry) in ranked.enumerated() { standings[entry.key]?.dependentsRank = index + 1 }
    return Popularity(standings: standings, hasDownloadCounts: false)
  }

  /// This popularity with a download list's counts and ranks added.
  public func merging(_ list: PopularityList) -> Popularity {
    var merged = standings
    for (index, entry) in list.entries.enumerated() {
      var standing = merged[entry.project] ?? Standing()
      standing.downloads = entry.downloads
      standing.downloadRank = index + 1
      merged[entry.project] = standing
    }
    return Popularity(standings: merged, hasDownloadCounts: hasDownloadCounts || !list.entries.isEmpty)
  }

  /// The popular projects squats aim at, with a strength in 0...1 (1 for the very top).
  func targets(options: CheckOptions) -> [String: Double] {
    var result: [String: Double] = [:]
    for (name, standing) in standings {
      var best = Int.max
      if let rank = standing.downloadRank, rank <= options.popularTargetCount { best = rank }
      if let rank = standing.dependentsRank, rank <= options.popularTargetCount,
        standing.dependents >= options.minimumDependents
      {
        best = min(best, rank)
      }
      guard best != Int.max else { continue }
      result[name] = best <= 1000 ? 1.0 : 0.95
    }
    return result
  }

  /// Whether `name` is popular in its own right, so it squats nothing even if its name is close to another's.
  func isIndependentlyPopular(_ name: String, options: CheckOptions) -> Bool {
    guard let standing = standings[name] else { return false }
    if let downloads = standing.downloads, downloads >= options.independentDownloads { return true }
    return standing.established && standing.dependents >= options.minimumDependents * 4
  }

  /// Whether `candidate` is far enough below `target` in downloads to be squatting it.
  func isFarLessPopular(_ candidate: String, than target: String, options: CheckOptions) -> Bool {
    guard let candidateDownloads = standings[candidate]?.downloads, candidateDownloads > 0 else { return true }
    guard let targetDownloads = standings[target]?.downloads else { return true }
    return candidateDownloads * max(1, options.popularityRatio) <= targetDownloads
  }
}
