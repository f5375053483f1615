/// typosquat: the name is a likely confusion of a popular project's name.
///
/// Catches repeated, omitted and swapped characters, swapped words, keyboard and look-alike substitutions
/// (`rn`/`m`, `vv`/`w`, `l`/`1`), separator changes, py/python forms and affixes. Precision comes from popularity
/// (a candidate with substantial downloads of its own, or close to its target's, is no squat), a minimum name
/// length for one-character edits and per-transform weights; with metadata, the usual counter-evidence lowers the
/// score further. With the name alone there is no counter-evidence to find, so a match that ordinary naming
/// explains (`OrdinaryNaming`) is weakened instead.
enum TyposquatCheck {
  /// What is left of a score when only the name is known and ordinary naming explains the match: below the
  /// suspect threshold for every transform it applies to, so such a name is reported only with other findings.
  static let ordinaryNamingFactor = 0.5

  /// One popular name the project's name matched, and what the check made of it.
  struct Candidate: Sendable {
    var match: TyposquatIndex.Match
    /// Transform weight × target strength × length factor, halved when ordinary naming explains the match.
    var base: Double
    /// Why the name may be ordinary naming rather than a slip (only when the name is all that is known).
    var ordinary: OrdinaryNaming?
    /// False when the project is not far less popular than the target, so cannot be squatting it.
    var kept: Bool
  }

  /// Every match for `project`'s name, weighed: kept ones strongest first, then the dropped ones.
  static func candidates(
    _ project: ProjectFacts, matches: [TyposquatIndex.Match], context: CheckContext
  ) -> [Candidate] {
    let isOneEditFromAPopularName = matches.contains { $0.transform.isCharacterEdit && $0.transform != .twoEdits }
    return matches.map { match in
      let ordinary =
        project.knowsOnlyTheName
        ? OrdinaryNaming.reason(
          for: project.name, match: match,
          targetDownloadRank: context.popularity.standings[match.target]?.downloadRank,
          vocabulary: context.vocabulary, englishWords: .bundled, isOneEditFromAnother: isOneEditFromAPopularName)
        : nil
      let base = match.transform.weight * context.strength(of: match.target) * lengthFactor(match)
      return Candidate(
        match: match, base: ordinary == nil ? base : base * ordinaryNamingFactor, ordinary: ordinary,
        kept: context.popularity.isFarLessPopular(project.name, than: match.target, options: context.options))
    }.sorted { ($0.kept ? 1 : 0, $0.base, $1.match.target) > ($1.kept ? 1 : 0, $1.base, $0.match.target) }
  }

  /// The finding for `project`, given the index's matches for its name.
  static func evaluate(
    _ project: ProjectFacts, matches: [TyposquatIndex.Match], context: CheckContext
  ) -> Finding? {
    let scored = candidates(project, matches: matches, context: context).filter(\.kept)
    guard let best = scored.first else { return nil }
    let target = best.match.target
    var evidence: [String: EvidenceValue] = [
      "target": .string(target),
      "transform": .string(best.match.transform.rawValue),
    ]
    if let ordinary = best.ordinary { evidence["ordinary_naming"] = .string(ordinary.rawValue) }
    if let standing = context.popularity.standings[target] {
      if let rank = standing.downloadRank { evidence["target_download_rank"] = .number(Double(rank)) }
      if standing.dependents > 0 { evidence["target_dependents"] = .number(Double(standing.dependents)) }
    }
    if let downloads = context.popularity.standings[project.name]?.downloads {
      evidence["downloads"] = .number(Double(downloads))
    }
    let others = scored.dropFirst().prefix(5).map { "\($0.match.target) (\($0.match.transform.rawValue))" }
    if !others.isEmpty { evidence["other_targets"] = .strings(Array(others)) }
    let summary = "name \"\(project.name)\" is \(best.match.transform.phrase) the popular project \"\(target)\""
    return context.counterEvidence(for: project, target: target)
      .finding(.typosquat, base: best.base, summary: summary, evidence: evidence, targets: [target])
  }

  /// One-character edits of short names are weaker: short real names sit one edit apart by chance.
  static func lengthFactor(_ match: TyposquatIndex.Match) -> Double {
    guard match.transform.isCharacterEdit else { return 1 }
    switch match.target.utf8.count {
    case ..<5: return 0.9
    case 5: return 0.95
    default: return 1
    }
  }
}
