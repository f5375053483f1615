/// watched-name: a project named like a `--watch` list entry, exactly or one edit away, held by someone the list does
/// not allow.
///
/// Some names no stranger should register, and nothing popular carries them, so popularity and name similarity
/// cannot see them: the names AI assistants hallucinate in install lines (an empty `huggingface-cli` registered in
/// 2024 took 30,000 downloads), or an organization's reserved and internal names. The list says so directly. One
/// edit (a character added, dropped or changed, two swapped, separators included) catches the slips of a watched
/// name of five or more characters. A project held by one of its file's owners (account, organization, author
/// e-mail or e-mail domain) is theirs; the usual counter-evidence (years of releases, dependents) lowers the rest,
/// since a name registered and used for years predates the list.
enum WatchedNameCheck {
  /// A watched name taken as it is: what the list exists to catch.
  static let exactScore = 0.9
  /// One edit from a watched name: a likely slip, but real projects sit one edit from some names.
  static let oneEditScore = 0.7

  /// The finding for `project`, if it takes a watched name its owners may not hold.
  static func evaluate(_ project: ProjectFacts, context: CheckContext) -> Finding? {
    guard let list = context.watchList else { return nil }
    let matches = list.matches(for: project.name).filter { !list.allows(project, toHold: $0.entry) }
    guard let best = matches.first else { return nil }
    let entry = best.entry
    var evidence: [String: EvidenceValue] = [
      "watched": .string(entry.name), "match": .string(best.exact ? "exact" : "one edit"),
      "list": .string(entry.source),
    ]
    if let reason = entry.reason { evidence["reason"] = .string(reason) }
    let allowed = list.owners(of: entry).listed
    if !allowed.isEmpty { evidence["allowed_owners"] = .strings(allowed) }
    let others = matches.dropFirst().prefix(5).map(\.entry.name)
    if !others.isEmpty { evidence["other_watched"] = .strings(Array(others)) }
    var summary =
      best.exact
      ? "name is on the watch list \(entry.source)"
      : "name is one edit from \"\(entry.name)\" on the watch list \(entry.source)"
    if let reason = entry.reason { summary += " (\(reason))" }
    if !allowed.isEmpty {
      let holders = project.owners.isEmpty ? "owners unknown" : "owners \(project.owners.joined(separator: ", "))"
      summary += "; held by none of \(allowed.joined(separator: ", ")) (\(holders))"
    }
    return context.counterEvidence(for: project, target: nil)
      .finding(
        .watchedName, base: best.exact ? exactScore : oneEditScore, summary: summary, evidence: evidence, targets: [])
  }
}
