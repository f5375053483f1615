/// What speaks for a project being legitimate, as a factor that lowers every finding's score.
///
/// Squats are new, thin and unconnected; the projects that merely look like them have years of releases, real
/// code, dependents, their own repository and trusted-publishing provenance. A shared owner or organization with
/// the imitated project means a defensive registration, which is reported separately and never called a squat.
struct CounterEvidence: Hashable, Sendable {
  /// Multiplier in (0, 1] from history, code, dependents, repository and provenance.
  var factor: Double
  /// Each reason with the factor it applied, for the finding's evidence and `explain`.
  var items: [CounterEvidenceItem]
  /// Whether the project shares an owner, organization or author e-mail with the imitated project.
  var sharesOwnership: Bool

  /// How much a shared owner leaves of a score.
  static let ownershipFactor = 0.15
  /// Releases with files that count as history on an index without upload times.
  static let releasesWithoutTimes = 5

  /// Weighs `project` against `target`, the popular project it seems to imitate (nil when there is none).
  static func assess(_ project: ProjectFacts, dependents: Int, target: ProjectFacts?) -> CounterEvidence {
    var factor = 1.0
    var items: [CounterEvidenceItem] = []
    func weigh(_ multiplier: Double, _ reason: String) {
      factor *= multiplier
      items.append(CounterEvidenceItem(reason: reason, factor: multiplier))
    }
    let history = project.historyDays
    if project.releasesWithFiles >= 5 && history >= 730 {
      weigh(0.25, "\(project.releasesWithFiles) releases over \(history / 365) years")
    } else if project.releasesWithFiles >= 3 && history >= 365 {
      weigh(0.5, "\(project.releasesWithFiles) releases over a year")
    } else if project.releasesWithFiles >= 2 && history >= 90 {
      weigh(0.8, "\(project.releasesWithFiles) releases over \(history) days")
    } else if !project.hasUploadTimes && project.releasesWithFiles >= Self.releasesWithoutTimes {
      // HTML-only indexes give no upload times: a long release list is the only history left.
      weigh(0.5, "\(project.releasesWithFiles) releases (upload times unknown)")
    }
    if project.definesCode && (project.codeBytes >= 20_000 || project.nativeExtensions > 0) {
      weigh(0.75, "\(project.codeBytes) bytes of code")
    } else if project.definesCode && project.codeBytes >= 2_000 {
      weigh(0.9, "\(project.codeBytes) bytes of code")
    }
    if dependents >= 20 {
      weigh(0.3, "\(dependents) dependents")
    } else if dependents >= 3 {
      weigh(0.6, "\(dependents) dependents")
    }
    let targetRepositories = target?.repositories ?? []
    if let repository = project.repositories.first(where: { !targetRepositories.contains($0) }) {
      weigh(0.75, "repository \(repository)")
    }
    if project.hasProvenance {
      weigh(0.6, "PEP 740 provenance")
    }
    var shared = false
    if let target {
      let sharedOwners = project.owners.filter { target.owners.contains($0) }
      if !sharedOwners.isEmpty {
        shared = true
        items.append(
          CounterEvidenceItem(
            reason: "shares owner \(sharedOwners.joined(separator: ", "))", factor: Self.ownershipFactor))
      } else if let organization = project.organization, organization == target.organization {
        shared = true
        items.append(CounterEvidenceItem(reason: "same organization \(organization)", factor: Self.ownershipFactor))
      } else if !project.hasOwnership || !target.hasOwnership,
        let email = project.emails.first(where: { target.emails.contains($0) })
      {
        shared = true
        items.append(CounterEvidenceItem(reason: "same author e-mail \(email)", factor: Self.ownershipFactor))
      }
    }
    return CounterEvidence(factor: factor, items: items, sharesOwnership: shared)
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
