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
  /// Each reason with the factor it applied, for the finding's evidence and `explain`.
  var items: [CounterEvidenceItem]
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
    var evidence = CounterEvidence(factor: 1, items: [], sharesOwnership: false)
    let history = project.historyDays
    if project.releasesWithFiles >= 5 && history >= 730 {
      evidence.weigh(0.25, "\(project.releasesWithFiles) releases over \(history / 365) years")
    } else if project.releasesWithFiles >= 3 && history >= 365 {
      evidence.weigh(0.5, "\(project.releasesWithFiles) releases over a year")
    } else if !project.hasUploadTimes && project.releasesWithFiles >= Self.releasesWithoutTimes {
      // HTML-only indexes give no upload times: a long release list is the only history left.
      evidence.weigh(0.5, "\(project.releasesWithFiles) releases (upload times unknown)")
    }
    let dependents = standing?.independentDependents ?? 0
    if dependents >= 20 {
      evidence.weigh(0.3, "\(dependents) dependents with their own history, under other accounts")
    } else if dependents >= popularDependents {
      evidence.weigh(0.6, "\(dependents) dependents with their own history, under other accounts")
    }
    if let downloads = standing?.downloads, downloads > 0 {
      evidence.weigh(0.6, "\(downloads) downloads listed")
    }
    if project.hasProvenance {
      evidence.weigh(0.6, "PEP 740 provenance")
    }
    return evidence.owned(project, target: target)
  }

  /// Weighs a project that installs a script over a core system command or over `target`'s command: nothing it
  /// holds excuses that, unless it is popular in its own right or shares an owner with the project it shadows.
  static func assessShadowing(
    _ project: ProjectFacts, standing: Popularity.Standing?, target: ProjectFacts?
  ) -> CounterEvidence {
    var evidence = CounterEvidence(factor: 1, items: [], sharesOwnership: false)
    let dependents = standing?.independentDependents ?? 0
    if dependents >= popularDependents {
      evidence.weigh(0.5, "\(dependents) dependents with their own history, under other accounts")
    }
    return evidence.owned(project, target: target)
  }

  /// Applies `multiplier` for `reason`.
  private mutating func weigh(_ multiplier: Double, _ reason: String) {
    factor *= multiplier
    items.append(CounterEvidenceItem(reason: reason, factor: multiplier))
  }

  /// This counter-evidence with the ownership `project` shares with `target` recorded.
  private func owned(_ project: ProjectFacts, target: ProjectFacts?) -> CounterEvidence {
    guard let target else { return self }
    var result = self
    let sharedOwners = project.owners.filter { target.owners.contains($0) }
    let reason: String
    if !sharedOwners.isEmpty {
      reason = "shares owner \(sharedOwners.joined(separator: ", "))"
    } else if let organization = project.organization, organization == target.organization {
      reason = "same organization \(organization)"
    } else if !project.hasOwnership || !target.hasOwnership,
      let email = project.emails.first(where: { target.emails.contains($0) })
    {
      reason = "same author e-mail \(email)"
    } else {
      return result
    }
    result.sharesOwnership = true
    result.items.append(CounterEvidenceItem(reason: reason, factor: Self.ownershipFactor))
    return result
  }

  /// A finding for `base`, with this counter-evidence applied and recorded.
  func finding(
    _ check: CheckName, base: Double, summary: String, evidence: [String: EvidenceValue], targets: [String]
  ) -> Finding {
    let beforeOwnership = Self.rounded(base * factor)
    let score = sharesOwnership ? Self.rounded(beforeOwnership * Self.ownershipFactor) : beforeOwnership
    var evidence = evidence
    if !items.isEmpty { evidence["counter_evidence"] = .strings(items.map(\.reason)) }
    var finding = Finding(
      check: check, score: score, summary: summary, evidence: evidence, targets: targets,
      scoreBeforeOwnership: beforeOwnership, sharesOwnershipWithTarget: sharesOwnership)
    finding.rawScore = Self.rounded(base)
    finding.counterEvidence = items
    return finding
  }

  static func rounded(_ value: Double) -> Double { (min(1, max(0, value)) * 1000).rounded() / 1000 }
}
