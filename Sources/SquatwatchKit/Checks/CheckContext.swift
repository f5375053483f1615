/// Everything the per-project checks share: the facts of every project and what is popular.
struct CheckContext: Sendable {
  var facts: [ProjectFacts]
  var indexByName: [String: Int]
  var popularity: Popularity
  /// Popular target names to strength in 0...1.
  var targets: [String: Double]
  var commands: CommandMap
  var typosquatIndex: TyposquatIndex
  var options: CheckOptions

  init(facts: [ProjectFacts], popularity: Popularity, knownCommands: KnownCommands, options: CheckOptions) {
    self.facts = facts
    var indexByName: [String: Int] = [:]
    indexByName.reserveCapacity(facts.count)
    for (index, project) in facts.enumerated() { indexByName[project.name] = index }
    self.indexByName = indexByName
    self.popularity = popularity
    self.options = options
    let targets = popularity.targets(options: options)
    self.targets = targets
    commands = CommandMap(
      popular: targets.keys, facts: { name in indexByName[name].map { facts[$0] } }, known: knownCommands)
    typosquatIndex = TyposquatIndex(targets: targets.keys)
  }

  /// The facts of the project named `name` (normalized), if it is in the registry.
  func facts(named name: String) -> ProjectFacts? { indexByName[name].map { facts[$0] } }

  /// Whether the project is popular itself; popular projects are never suspects.
  func isProtected(_ name: String) -> Bool {
    targets[name] != nil || popularity.isIndependentlyPopular(name, options: options)
  }

  /// How strongly `target` draws squats, 0...1; projects only in the hand-kept map count as well known.
  func strength(of target: String) -> Double { targets[target] ?? 0.9 }

  /// The counter-evidence for `project` imitating `target`.
  func counterEvidence(for project: ProjectFacts, target: String?) -> CounterEvidence {
    CounterEvidence.assess(
      project, dependents: popularity.standings[project.name]?.dependents ?? 0,
      target: target.flatMap(facts(named:)))
  }
}
