/// Which checks ran without which signals, counted over the scanned projects.
///
/// Indexes differ (a devpi mirror has no JSON API, pypiserver gives no upload times, only pypi.org gives
/// owners); the report says what each check could not see rather than silently reporting less.
struct SignalCoverage: Sendable {
  var withoutMetadata = 0
  var withoutTimes = 0
  var withoutOwnership = 0
  var withoutInspection = 0
  var withoutPage = 0
  var projects = 0

  /// One project's missing signals as a bit mask, so a whole registry of them stays small.
  struct Missing: OptionSet, Sendable {
    var rawValue: UInt8
    static let metadata = Missing(rawValue: 1)
    static let uploadTimes = Missing(rawValue: 2)
    static let ownership = Missing(rawValue: 4)
    static let inspections = Missing(rawValue: 8)
    static let page = Missing(rawValue: 16)

    /// What `project` lacks.
    init(_ project: ProjectFacts) {
      rawValue = 0
      if !project.hasMetadata { insert(.metadata) }
      if !project.hasUploadTimes { insert(.uploadTimes) }
      if !project.hasOwnership { insert(.ownership) }
      if !project.hasPage { insert(.page) }
      if project.inspectedDistributions == 0 && project.fileCount > 0 || project.knowsOnlyTheName {
        insert(.inspections)
      }
    }

    init(rawValue: UInt8) { self.rawValue = rawValue }
  }

  init() {}

  /// Counts one more project and what it lacks.
  mutating func add(_ missing: Missing) {
    projects += 1
    if missing.contains(.metadata) { withoutMetadata += 1 }
    if missing.contains(.uploadTimes) { withoutTimes += 1 }
    if missing.contains(.ownership) { withoutOwnership += 1 }
    if missing.contains(.inspections) { withoutInspection += 1 }
    if missing.contains(.page) { withoutPage += 1 }
  }

  /// The degraded-check entries for the projects counted.
  func degradedChecks(capabilities: IndexCapabilities, popularity: Popularity) -> [DegradedCheck] {
    let apiNote = capabilities.hasJSONAPI ? "" : " (the index has no JSON API)"
    var entries: [DegradedCheck] = []
    func add(_ signal: String, _ count: Int, _ effects: [(CheckName, String)]) {
      guard count > 0 else { return }
      for (check, effect) in effects {
        entries.append(DegradedCheck(check: check, missingSignal: signal, projectsAffected: count, effect: effect))
      }
    }
    add(
      "simple-page", withoutPage,
      [(.emptyPackage, "file lists unknown: projects without files cannot be recognised from the page")])
    add(
      "json-api", withoutMetadata,
      [
        (.emptyPackage, "zero-file releases and JSON API descriptions unknown\(apiNote)"),
        (.namingCluster, "e-mail, summary and description fingerprints only from inspected Core Metadata\(apiNote)"),
        (.typosquat, "release history and ownership counter-evidence limited to the simple page\(apiNote)"),
        (.entryPointHijack, "release history and ownership counter-evidence limited to the simple page\(apiNote)"),
      ])
    add(
      "upload-times", withoutTimes,
      [
        (.namingCluster, "projects without upload times cannot be placed in a burst and were not clustered"),
        (
          .typosquat,
          "years of release history unknown: only \(CounterEvidence.releasesWithoutTimes) or more releases lower "
            + "scores, and popular targets need \(ProjectFacts.establishedReleasesWithoutTimes) releases with files"
        ),
        (
          .entryPointHijack,
          "years of release history unknown: only \(CounterEvidence.releasesWithoutTimes) or more releases lower scores"
        ),
      ])
    add(
      "ownership", withoutOwnership,
      [
        (.namingCluster, "owner accounts not compared; e-mail fingerprints only"),
        (.typosquat, "defensive registrations recognised by shared author e-mail only"),
        (.entryPointHijack, "defensive registrations recognised by shared author e-mail only"),
      ])
    add(
      "distribution-inspections", withoutInspection,
      [
        (.emptyPackage, "code not examined: emptiness judged from file counts and sizes only"),
        (.entryPointHijack, "installed console and GUI scripts unknown: only project names compared"),
      ])
    if !popularity.hasDownloadCounts {
      add(
        "download-counts", projects,
        [
          (.typosquat, "popular targets from reverse dependencies in the crawl only (no --popular list)"),
          (.entryPointHijack, "popular projects from reverse dependencies and the known-commands map only"),
        ])
    }
    return entries
  }
}
