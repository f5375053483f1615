/// What speaks for a project being legitimate, as a factor that lowers a finding's score.
///
/// Only evidence that costs an attacker something counts: years of releases, dependents with a history of their
/// own under other accounts, downloads, PEP 740 provenance. Code, a repository URL or two or three releases cost
/// nothing (a real typosquat carries code: it is the payload), so they excuse nothing. A shared owner or
/// organization with the imitated project means a defensive registration, which is reported separately and never
/// called a squat.
struct CounterEvidence: Hashable, Sendable {
  /// Multiplier in (0, 1].
  var factor: Double
  /// Human-readable reasons, for the finding's evidence.
  var reasons: [String]
  /// Whether the project shares an owner, organization or author e-mail with the imitated project.
  var sharesOwnership: Bool

  /// How much a shared owner leaves of a score.
  static let ownershipFactor = 0.15
  /// Releases with files that count as history on an index without upload times.
  static let releasesWithoutTimes = 5
  /// Independent dependents that make a project popular in the crawl's own eyes.
  static let popularDependents = 3

  /// Weighs `project` against `target`, the popular project it seems to imitate by its name (nil when there is
  /// none): what a typosquat, a project named after another's command or a campaign member would have to fake.
  static func assess(_ project: ProjectFacts, standing: Popularity.Standing?, target: ProjectFacts?) -> CounterEvidence
  {
    var factor = 1.0
    var reasons: [String] = []
    let history = project.historyDays
    if project.releasesWithFiles >= 5 && history >= 730 {
      factor *= 0.25
      reasons.append("\(project.releasesWithFiles) releases over \(history / 365) years")
    } else if project.releasesWithFiles >= 3 && history >= 365 {
      factor *= 0.5
      reasons.append("\(project.releasesWithFiles) releases over a year")
    } else if !project.hasUploadTimes && project.releasesWithFiles >= Self.releasesWithoutTimes {
      // HTML-only indexes give no upload times: a long release list is the only history left.
      factor *= 0.5
      reasons.append("\(project.releasesWithFiles) releases (upload times unknown)")
    }
    let dependents = standing?.independentDependents ?? 0
    if dependents >= 20 {
      factor *= 0.3
      reasons.append("\(dependents) dependents with their own history, under other accounts")
    } else if dependents >= popularDependents {
      factor *= 0.6
      reasons.append("\(dependents) dependents with their own history, under other accounts")
    }
    if let downloads = standing?.downloads, downloads > 0 {
      factor *= 0.6
      reasons.append("\(downloads) downloads listed")
    }
    if project.hasProvenance {
      factor *= 0.6
      reasons.append("PEP 740 provenance")
    }
    return CounterEvidence(factor: factor, reasons: reasons, sharesOwnership: false).owned(project, target: target)
  }

  /// Weighs a project that installs a script over a core system command or over `target`'s command: nothing it
  /// holds excuses that, unless it is popular in its own right or shares an owner with the project it shadows.
  static func assessShadowing(
    _ project: ProjectFacts, standing: Popularity.Standing?, target: ProjectFacts?
  ) -> CounterEvidence {
    var evidence = CounterEvidence(factor: 1, reasons: [], sharesOwnership: false)
    let dependents = standing?.independentDependents ?? 0
    if dependents >= popularDependents {
      evidence.factor = 0.5
      evidence.reasons.append("\(dependents) dependents with their own history, under other accounts")
    }
    return evidence.owned(project, target: target)
  }

  /// This counter-evidence with the ownership `project` shares with `target` recorded.
  private func owned(_ project: ProjectFacts, target: ProjectFacts?) -> CounterEvidence {
    guard let target else { return self }
    var result = self
    let sharedOwners = project.owners.filter { target.owners.contains($0) }
    if !sharedOwners.isEmpty {
      result.sharesOwnership = true
      result.reasons.append("shares owner \(sharedOwners.joined(separator: ", "))")
    } else if let organization = project.organization, organization == target.organization {
      result.sharesOwnership = true
      result.reasons.append("same organization \(organization)")
    } else if !project.hasOwnership || !target.hasOwnership,
      let email = project.emails.first(where: { target.emails.contains($0) })
    {
      result.sharesOwnership = true
      result.reasons.append("same author e-mail \(email)")
    }
    return result
  }

  /// A finding for `base`, with this counter-evidence applied and recorded.
  func finding(
    _ check: CheckName, base: Double, summary: String, evidence: [String: EvidenceValue], targets: [String]
  ) -> Finding {
    let beforeOwnership = Self.rounded(base * factor)
    let score = sharesOwnership ? Self.rounded(beforeOwnership * Self.ownershipFactor) : beforeOwnership
    var evidence = evidence
    if !reasons.isEmpty { evidence["counter_evidence"] = .strings(reasons) }
    return Finding(
      check: check, score: score, summary: summary, evidence: evidence, targets: targets,
      scoreBeforeOwnership: beforeOwnership, sharesOwnershipWithTarget: sharesOwnership)
  }

  static func rounded(_ value: Double) -> Double { (min(1, max(0, value)) * 1000).rounded() / 1000 }
}
