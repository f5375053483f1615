/// entry-point-hijack: the project takes over a command or import name users already type.
///
/// (a) The project's name equals a console or GUI script name, or a top-level import name, of a different
/// popular project: the `huggingface-cli`, `sklearn`, `cv2` pattern that LLM-hallucinated install lines hit.
/// (b) Its distributions install scripts named like a popular project's scripts or like core system commands
/// (`pip`, `python`, `git`, `sudo`), so installing it overwrites them. Nothing else checks this: PyPI validates
/// only the syntax of entry points.
enum EntryPointHijackCheck {
  /// The finding for `project`, if it claims another project's command or import name.
  static func evaluate(_ project: ProjectFacts, context: CheckContext) -> Finding? {
    var candidates: [(base: Double, target: String?, line: String)] = []
    var evidence: [String: EvidenceValue] = [:]

    let nameClaims = context.commands.claims(onProjectName: project.name).filter { $0.project != project.name }
    // Equal ranks go to the alphabetically first project, so the named target is the same every run.
    if let claim = nameClaims.max(by: { (rank($0, context), $1.project) < (rank($1, context), $0.project) }) {
      let what = claim.kind == .command ? "command" : "import name"
      candidates.append(
        (
          rank(claim, context), claim.project,
          "name is the \(what) \"\(claim.name)\" of popular project \"\(claim.project)\""
        ))
      evidence["name_claimed_by"] = .strings(nameClaims.map { "\($0.project) (\($0.kind.rawValue) \($0.name))" })
    }

    var systemShadowed: [String] = []
    var popularShadowed: [String] = []
    var shadowTargets: [String: Double] = [:]
    for script in project.scripts {
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
      candidates.append(
        (0.9, nil, "installs scripts that overwrite system commands: \(systemShadowed.joined(separator: ", "))"))
      evidence["system_commands"] = .strings(systemShadowed)
    }
    if let (target, base) = shadowTargets.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
      candidates.append(
        (base, target, "installs scripts of popular project \"\(target)\": \(popularShadowed.joined(separator: ", "))"))
      evidence["shadowed_commands"] = .strings(popularShadowed)
    }
    guard let best = candidates.max(by: { $0.base < $1.base }) else { return nil }
    let others = candidates.filter { $0.line != best.line }
    let base = min(0.95, best.base + 0.05 * Double(others.count))
    let targets = Array(Set(candidates.compactMap(\.target))).sorted()
    if let target = best.target { evidence["target"] = .string(target) }
    let summary = ([best.line] + others.map(\.line)).joined(separator: "; ")
    return context.counterEvidence(for: project, target: best.target)
      .finding(.entryPointHijack, base: base, summary: summary, evidence: evidence, targets: targets)
  }

  private static func rank(_ claim: CommandMap.Claim, _ context: CheckContext) -> Double {
    (claim.kind == .command ? 0.85 : 0.8) * context.strength(of: claim.project)
  }
}
