/// Lays out what the audit weighed for one project, from the findings the checks returned and the context they
/// ran in: the checks' own scores, counter-evidence and targets come from the checks (`Finding`,
/// `TyposquatCheck.candidates`), not from a second reading of their rules.
struct ProjectExplainer {
  let context: CheckContext
  /// The finished audit, for the project's cluster and verdict.
  let report: AuditReport

  private var options: CheckOptions { context.options }

  /// The explanation of `project`, whose findings (naming-cluster included) are `findings`.
  func explain(_ project: ProjectFacts, name: String, findings: [Finding]) -> ProjectExplanation {
    let cluster = report.clusters.first { $0.members.contains(project.name) }
    let suspect = (report.suspects + report.placeholders).first { $0.project == project.name }
    // dependency-confusion and watched-name run only against an upstream or a watch list.
    let ran = CheckName.allCases.filter {
      ($0 != .dependencyConfusion || context.upstream != nil) && ($0 != .watchedName || context.watchList != nil)
    }
    let checks = ran.map { check in
      explain(check, project: project, finding: findings.first { $0.check == check }, cluster: cluster)
    }
    let combined = suspect?.score ?? CounterEvidence.rounded(SquatAuditor.combine(findings.map(\.score)))
    let popular = popularity(project.name)
    return ProjectExplanation(
      name: name, project: project.name, inCache: true, nearestCached: [], popular: popular, checks: checks,
      cluster: cluster, clusterNote: cluster == nil ? clusterNote(project) : nil, combinedScore: combined,
      suspiciousThreshold: options.suspiciousThreshold, likelyThreshold: options.likelyThreshold,
      verdict: suspect?.verdict,
      conclusion: conclusion(suspect: suspect, combined: combined, findings: findings, popular: popular))
  }

  private func explain(
    _ check: CheckName, project: ProjectFacts, finding: Finding?, cluster: ClusterReport?
  ) -> CheckExplanation {
    var targets: [TargetExplanation] = []
    switch check {
    case .typosquat:
      targets = typosquatTargets(project, chosen: finding?.targets.first)
    case .entryPointHijack, .namingCluster:
      if case .string(let target) = finding?.evidence["target"] {
        targets = [
          TargetExplanation(
            target: target, relation: check.rawValue, score: finding?.rawScore ?? 0, kept: true,
            reason: check == .namingCluster
              ? "the popular name the project's name is built from" : "the claim that scored highest")
        ]
      }
    case .emptyPackage, .dependencyConfusion, .watchedName:
      break
    }
    guard let finding else {
      return CheckExplanation(
        check: check, verdict: .silent, rawScore: 0, score: 0,
        summary: silence(check, project: project, targets: targets),
        evidence: [:], counterEvidence: [], targets: targets)
    }
    var evidence = finding.evidence
    evidence["counter_evidence"] = nil
    return CheckExplanation(
      check: check, verdict: finding.score >= options.suspiciousThreshold ? .flags : .contributes,
      rawScore: finding.rawScore, score: finding.score, summary: finding.summary, evidence: evidence,
      counterEvidence: finding.counterEvidence, targets: targets)
  }

  /// Every popular name the project's name matched, with the typosquat check's own weighing of each.
  private func typosquatTargets(_ project: ProjectFacts, chosen: String?) -> [TargetExplanation] {
    guard !context.isProtected(project.name) else { return [] }
    let matches = context.typosquatIndex.matches(for: project.name)
    return TyposquatCheck.candidates(project, matches: matches, context: context).map { candidate in
      let target = candidate.match.target
      var reason: String
      if !candidate.kept {
        let own = context.popularity.standings[project.name]?.downloads ?? 0
        let theirs = context.popularity.standings[target]?.downloads ?? 0
        reason =
          "dropped: \(own) downloads, not under 1/\(options.popularityRatio) of \(target)'s \(theirs): popular "
          + "in its own right, no squat of it"
      } else {
        reason =
          (target == chosen ? "kept, strongest: " : "kept, weaker than the strongest: ") + "name is "
          + candidate.match.transform.phrase + " \"\(target)\""
        if let ordinary = candidate.ordinary {
          reason += "; halved: ordinary naming explains it (\(ordinary.rawValue))"
        }
      }
      return TargetExplanation(
        target: target, relation: candidate.match.transform.rawValue,
        score: candidate.kept ? CounterEvidence.rounded(candidate.base) : 0, kept: candidate.kept, reason: reason)
    }
  }

  /// Why `check` found nothing.
  private func silence(_ check: CheckName, project: ProjectFacts, targets: [TargetExplanation]) -> String {
    // dependency-confusion and watched-name run on popular projects as well.
    if context.isProtected(project.name) && ![.dependencyConfusion, .watchedName].contains(check) {
      return "not run: the project is popular itself"
    }
    switch check {
    case .typosquat:
      if targets.isEmpty {
        return
          "the name is no slip, look-alike, affix or word swap of any of the \(context.targets.count) popular names"
      }
      return "every popular name it resembles was dropped (see targets)"
    case .entryPointHijack:
      let scripts =
        project.scripts.isEmpty ? "installs no scripts" : "installs " + project.scripts.joined(separator: ", ")
      let known = project.inspectedDistributions > 0 ? scripts : "its distributions were not inspected"
      return "the name is no popular project's command or import name; \(known), shadowing no popular or system command"
    case .emptyPackage:
      if project.knowsOnlyTheName { return "nothing but the name is known" }
      return "holds \(project.fileCount) file(s) and \(project.codeBytes) bytes of code in "
        + "\(project.inspectedDistributions) inspected distribution(s): nothing empty enough"
    case .namingCluster:
      return clusterNote(project)
    case .dependencyConfusion:
      return "the name is not on \(context.upstream?.registry ?? "the upstream")"
    case .watchedName:
      let watched = context.watchList?.matches(for: project.name).map(\.entry.name) ?? []
      return watched.isEmpty
        ? "the name is neither on a watch list nor one edit from a name on one"
        : "watched (\(watched.joined(separator: ", "))), and held by an owner its list allows"
    }
  }

  /// Why the project joined no cluster.
  private func clusterNote(_ project: ProjectFacts) -> String {
    guard let day = project.firstUploadDay else { return "no upload time: it cannot be placed in a burst" }
    guard NamingClusterCheck.isNewcomer(project) else {
      return "established (\(project.releasesWithFiles) releases over \(project.historyDays) days): never clustered"
    }
    return "first uploaded \(UploadTime.dayText(day)); no burst of \(options.minimumClusterSize) or more projects "
      + "within \(options.maximumClusterSpanDays) days shares two kinds of signal with it"
  }

  /// Why the project is never a suspect, if it is popular.
  private func popularity(_ name: String) -> String? {
    guard context.isProtected(name) else { return nil }
    let standing = context.popularity.standings[name]
    var facts: [String] = []
    if let rank = standing?.downloadRank { facts.append("download rank \(rank)") }
    if let downloads = standing?.downloads { facts.append("\(downloads) downloads") }
    if let dependents = standing?.dependents, dependents > 0 { facts.append("\(dependents) dependents in the index") }
    let what = context.targets[name] != nil ? "one of the popular targets" : "popular in its own right"
    return "\(what) (\(facts.joined(separator: ", "))): popular projects are never suspects"
  }

  private func conclusion(
    suspect: SuspectReport?, combined: Double, findings: [Finding], popular: String?
  ) -> String {
    let score = DecimalText.twoPlaces(combined)
    let suspicious = DecimalText.twoPlaces(options.suspiciousThreshold)
    let likely = DecimalText.twoPlaces(options.likelyThreshold)
    if let suspect {
      switch suspect.verdict {
      case .likelySquat:
        return "flagged likely-squat: combined \(score) at or above the likely threshold \(likely)"
      case .suspicious:
        return "flagged suspicious: combined \(score) at or above \(suspicious), below the likely threshold \(likely)"
      case .defensivePlaceholder:
        return "defensive-placeholder, not accused: every finding naming a popular project found it shares an owner "
          + "with it, so its score is lowered ×\(DecimalText.twoPlaces(CounterEvidence.ownershipFactor)) to \(score)"
      case .placeholder:
        return "placeholder, not accused: it holds nothing (empty-package \(score)), but its name imitates no popular "
          + "project, command or import name and no campaign surrounds it, so it is listed apart from the suspects"
      }
    }
    if let popular { return "not flagged: \(popular)" }
    guard let strongest = findings.max(by: { $0.score < $1.score }) else {
      return "not flagged: no check found anything"
    }
    var because = "\(strongest.check.rawValue) \(DecimalText.twoPlaces(strongest.score)) is its strongest finding"
    if !strongest.counterEvidence.isEmpty {
      because =
        "\(strongest.check.rawValue) scored \(DecimalText.twoPlaces(strongest.rawScore)) but counter-evidence ("
        + strongest.counterEvidence.map { "\($0.reason) ×\(DecimalText.twoPlaces($0.factor))" }.joined(separator: ", ")
        + ") left \(DecimalText.twoPlaces(strongest.score))"
    }
    return "not flagged: combined \(score) below the suspicious threshold \(suspicious) because \(because)"
  }
}
