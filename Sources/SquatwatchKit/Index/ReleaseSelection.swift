/// Picks the distribution files to inspect: the newest release's, or every release's.
enum ReleaseSelection {
  /// The files of the newest release (the JSON API's latest, else the newest upload, else the highest version).
  static func newestFiles(page: ProjectPage, metadata: ProjectMetadata?) -> [DistributionFile] {
    let files = page.files.filter { $0.kind != .other }
    let candidates = files.contains { !$0.yanked } ? files.filter { !$0.yanked } : files
    guard !candidates.isEmpty else { return [] }
    if let latest = metadata?.version, candidates.contains(where: { $0.version == latest }) {
      return candidates.filter { $0.version == latest }
    }
    let byVersion = Dictionary(grouping: candidates) { $0.version ?? "" }
    let newest: String
    if candidates.allSatisfy({ $0.uploadTime != nil }) {
      newest =
        byVersion.max {
          ($0.value.compactMap(\.uploadTime).max() ?? "") < ($1.value.compactMap(\.uploadTime).max() ?? "")
        }?
        .key ?? ""
    } else {
      newest = byVersion.keys.max { VersionOrder.precedes($0, $1) } ?? ""
    }
    return byVersion[newest] ?? []
  }

  /// Every wheel and sdist of the project.
  static func allFiles(page: ProjectPage) -> [DistributionFile] {
    page.files.filter { $0.kind != .other }
  }
}
