/// Everything the per-project checks share: which names exist, what is popular, and what popular projects hold.
struct CheckContext: Sendable {
  /// Every project name in the registry, for telling real requirements from dangling ones.
  var names: Set<String>
  var popularity: Popularity
  /// Popular target names to strength in 0...1.
  var targets: [String: Double]
  /// Facts of the popular projects present in the registry, for ownership and repository comparisons.
  var targetFacts: [String: ProjectFacts]
  var commands: CommandMap
  var typosquatIndex: TyposquatIndex
  /// How the popular names are made, for judging a name that is all a project shows.
  var vocabulary: PopularVocabulary
  var options: CheckOptions
  /// The upstream of a private index (`--upstream`), for the dependency-confusion check.
  var upstream: UpstreamIndex?
  /// Names nobody outside their listed owners may register (`--watch`), for the watched-name check.
  var watchList: WatchList?
  /// The facts of any project in the registry by name, for comparing owners with a project a name is built from.
  var registryFacts: @Sendable (String) -> ProjectFacts? = { _ in nil }

  /// `facts` gives the facts of a project by name; only popular projects' facts are kept.
  init(
    names: Set<String>, popularity: Popularity, knownCommands: KnownCommands, options: CheckOptions,
    facts: (String) -> ProjectFacts?
  ) {
    self.names = names
    self.popularity = popularity
    self.options = options
    let targets = popularity.targets(options: options)
    self.targets = targets
    var targetFacts: [String: ProjectFacts] = [:]
    for name in Set(targets.keys).union(knownCommands.projects.keys) {
      if let found = facts(name) { targetFacts[name] = found }
    }
    self.targetFacts = targetFacts
    commands = CommandMap(popular: targets.keys, facts: { targetFacts[$0] }, known: knownCommands)
    let twoEditMagnets = targets.keys.filter { name in
      (popularity.standings[name]?.downloadRank).map { $0 <= TyposquatIndex.twoEditMagnetRank } ?? false
        && TyposquatIndex.letterCount(Array(name.utf8)) >= TyposquatIndex.minimumTwoEditMagnetLength
    }
    typosquatIndex = TyposquatIndex(targets: targets.keys, twoEditMagnets: Set(twoEditMagnets))
    vocabulary = PopularVocabulary(names: targets.keys)
  }

  /// The facts of the project named `name` (normalized), if it is in the registry.
  func facts(named name: String) -> ProjectFacts? { targetFacts[name] ?? registryFacts(name) }

  /// Whether the project is popular itself; popular projects are never suspects.
  func isProtected(_ name: String) -> Bool {
    targets[name] != nil || popularity.isIndependentlyPopular(name, options: options)
  }

  /// How strongly `target` draws squats, 0...1; projects only in the hand-kept map count as well known.
  func strength(of target: String) -> Double { targets[target] ?? 0.9 }

  /// The counter-evidence for `project` imitating `target` by its name, or holding nothing.
  func counterEvidence(for project: ProjectFacts, target: String?) -> CounterEvidence {
    CounterEvidence.assess(
      project, standing: popularity.standings[project.name], target: target.flatMap(facts(named:)))
  }

  /// The counter-evidence for `project` installing a script over `target`'s command (nil: a system command).
  func shadowingCounterEvidence(for project: ProjectFacts, target: String?) -> CounterEvidence {
    CounterEvidence.assessShadowing(
      project, standing: popularity.standings[project.name], target: target.flatMap(facts(named:)))
  }
}
