/// entry-point-hijack: the project takes over a command or import name users already type.
///
/// (a) The project's name equals a console or GUI script name, or a top-level import name, of a different
/// popular project: the `huggingface-cli`, `sklearn`, `cv2` pattern that LLM-hallucinated install lines hit.
/// Only costly counter-evidence (years of releases, independent dependents, provenance) lowers this.
/// (b) Its distributions install scripts named like a popular project's scripts or like core system commands
/// (`pip`, `python`, `git`, `sudo`), so installing it overwrites them. Nothing else checks this: PyPI validates
/// only the syntax of entry points. Nothing a project holds excuses (b), unless it is popular in its own right or
/// shares an owner with the project whose command it installs.
enum EntryPointHijackCheck {
  /// The finding for `project`, if it claims another project's command or import name.
  static func evaluate(_ project: ProjectFacts, context: CheckContext) -> Finding? {
    var parts: [Finding] = []

    let nameClaims = context.commands.claims(onProjectName: project.name).filter { $0.project != project.name }
    // Equal ranks go to the alphabetically first project, so the named target is the same every run.
    if let claim = nameClaims.max(by: { (rank($0, context), $1.project) < (rank($1, context), $0.project) }) {
      let what = claim.kind == .command ? "command" : "import name"
      parts.append(
        context.counterEvidence(for: project, target: claim.project).finding(
          .entryPointHijack, base: rank(claim, context),
          summary: "name is the \(what) \"\(claim.name)\" of popular project \"\(claim.project)\"",
          evidence: [
            "name_claimed_by": .strings(nameClaims.map { "\($0.project) (\($0.kind.rawValue) \($0.name))" }),
            "target": .string(claim.project),
          ],
          targets: [claim.project]))
    }

    var systemShadowed: [String] = []
    var popularShadowed: [String] = []
    var shadowTargets: [String: Double] = [:]
    for script in project.scripts where !isOwnCommand(script, of: project.name) {
      if context.commands.systemCommands.contains(script.lowercased()) {
        systemShadowed.append(script)
        continue
      }
      for claim in context.commands.claims(onScript: script) where claim.project != project.name {
        popularShadowed.append("\(script) (\(claim.project))")
        shadowTargets[claim.project] = max(shadowTargets[claim.project] ?? 0, 0.8 * context.strength(of: claim.project))
      }
    }
    if !systemShadowed.isEmpty {
      parts.append(
        context.shadowingCounterEvidence(for: project, target: nil).finding(
          .entryPointHijack, base: 0.9,
          summary: "installs scripts that overwrite system commands: \(systemShadowed.joined(separator: ", "))",
          evidence: ["system_commands": .strings(systemShadowed)], targets: []))
    }
    if let (target, base) = shadowTargets.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
      parts.append(
        context.shadowingCounterEvidence(for: project, target: target).finding(
          .entryPointHijack, base: base,
          summary: "installs scripts of popular project \"\(target)\": \(popularShadowed.joined(separator: ", "))",
          evidence: ["shadowed_commands": .strings(popularShadowed), "target": .string(target)], targets: [target]))
    }
    return combined(parts)
  }

  /// One finding from the ways the project takes names: the strongest leads, each other one adds a little.
  private static func combined(_ parts: [Finding]) -> Finding? {
    let ordered = parts.sorted { $0.score > $1.score }
    guard let best = ordered.first else { return nil }
    let bonus = 0.05 * Double(ordered.count - 1)
    var evidence: [String: EvidenceValue] = [:]
    // The leading part's target is the one named; the others' keys never collide with it.
    for part in ordered.reversed() {
      for (key, value) in part.evidence where key != "counter_evidence" { evidence[key] = value }
    }
    let counterEvidence = ordered.flatMap(\.counterEvidence).reduce(into: [CounterEvidenceItem]()) { kept, item in
      if !kept.contains(item) { kept.append(item) }
    }
    if !counterEvidence.isEmpty { evidence["counter_evidence"] = .strings(counterEvidence.map(\.reason)) }
    var finding = Finding(
      check: .entryPointHijack, score: CounterEvidence.rounded(min(0.95, best.score + bonus)),
      summary: ordered.map(\.summary).joined(separator: "; "), evidence: evidence,
      targets: Array(Set(ordered.flatMap(\.targets))).sorted(),
      scoreBeforeOwnership: CounterEvidence.rounded(
        min(0.95, (ordered.map(\.scoreBeforeOwnership).max() ?? 0) + bonus)),
      sharesOwnershipWithTarget: ordered.allSatisfy(\.sharesOwnershipWithTarget))
    finding.rawScore = CounterEvidence.rounded(min(0.95, (ordered.map(\.rawScore).max() ?? 0) + bonus))
    finding.counterEvidence = counterEvidence
    return finding
  }

  /// Whether `script` is the project's own command: its name, or its name with a Python-style version (`pip3`,
  /// `pip3.12`, `ipython3`), as pip, pytest or tox install them; a project of that name is the command's provider.
  static func isOwnCommand(_ script: String, of project: String) -> Bool {
    let command = ProjectName.normalize(script)
    guard command.hasPrefix(project) else { return false }
    return command.dropFirst(project.count).allSatisfy { $0.isNumber || $0 == "-" }
  }

  private static func rank(_ claim: CommandMap.Claim, _ context: CheckContext) -> Double {
    (claim.kind == .command ? 0.85 : 0.8) * context.strength(of: claim.project)
  }
}
