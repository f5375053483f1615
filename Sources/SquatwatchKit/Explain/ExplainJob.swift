public import Foundation

/// `squatwatch explain`: runs the same audit as `check` over the cache and lays out, for each named project, why
/// it is or is not flagged.
public struct ExplainJob: Sendable {
  /// The check `explain` repeats; its `--min-score` is ignored so that unflagged projects explain themselves.
  public var check: CheckJob

  public init(check: CheckJob) {
    self.check = check
    self.check.options.minimumScore = 0
  }

  /// The explanations of `names`, in the order given.
  ///
  /// - Throws: `usage` for an invalid name or a cache without a crawl; `cache` when it cannot be read.
  public func run(names: [String], console: Console) throws(SquatwatchError) -> [ProjectExplanation] {
    for name in names where !ProjectName.isValid(name) {
      throw SquatwatchError(.usage, "\"\(name.prefix(80))\" is not a valid project name")
    }
    let wanted = Set(names.map(ProjectName.normalize))
    var seen: [String: (facts: ProjectFacts, findings: [Finding])] = [:]
    var context: CheckContext?
    let report = try check.run(console: console) { checkContext, project, findings in
      if context == nil { context = checkContext }
      if wanted.contains(project.name) { seen[project.name] = (project, findings) }
    }
    guard let context else {
      throw SquatwatchError(.usage, "the cache at \(check.cacheDirectory.path) holds no projects to explain")
    }
    let explainer = ProjectExplainer(context: context, report: report)
    return names.map { name in
      let normalized = ProjectName.normalize(name)
      guard let entry = seen[normalized] else {
        let nearest = NearestNames.nearest(to: normalized, among: context.names)
        return ProjectExplanation(
          name: name, project: normalized, inCache: false, nearestCached: nearest, popular: nil, checks: [],
          cluster: nil, clusterNote: nil, combinedScore: 0, suspiciousThreshold: context.options.suspiciousThreshold,
          likelyThreshold: context.options.likelyThreshold, verdict: nil,
          conclusion: "\"\(normalized)\" is not in the cache of \(report.registry)"
            + (nearest.isEmpty ? "" : "; nearest cached names: " + nearest.joined(separator: ", ")))
      }
      return explainer.explain(entry.facts, name: name, findings: entry.findings)
    }
  }
}
