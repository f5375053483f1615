/// Which checks ran without which signals, counted over the scanned projects.
///
/// Indexes differ (a devpi mirror has no JSON API, pypiserver gives no upload times, only pypi.org gives
/// owners); the report says what each check could not see rather than silently reporting less.
enum SignalCoverage {
  /// The degraded-check entries for a run over `facts`.
  static func degradedChecks(
    facts: [ProjectFacts], capabilities: IndexCapabilities, popularity: Popularity
  ) -> [DegradedCheck] {
    var withoutMetadata = 0
    var withoutTimes = 0
    var withoutOwnership = 0
    var withoutInspection = 0
    var withoutPage = 0
    for project in facts {
      if !project.hasMetadata { withoutMetadata += 1 }
      if !project.hasUploadTimes { withoutTimes += 1 }
      if !project.hasOwnership { withoutOwnership += 1 }
      if !project.hasPage { withoutPage += 1 }
      if project.inspectedDistributions == 0 && project.fileCount > 0 || !project.hasPage && !project.hasMetadata {
        withoutInspection += 1
      }
    }
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
        (.typosquat, "years of release history unknown, so history cannot lower scores"),
        (.entryPointHijack, "years of release history unknown, so history cannot lower scores"),
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
        "download-counts", facts.count,
        [
          (.typosquat, "popular targets from reverse dependencies in the crawl only (no --popular list)"),
          (.entryPointHijack, "popular projects from reverse dependencies and the known-commands map only"),
        ])
    }
    return entries
  }
}
