public import Foundation

/// Runs the checks over a crawled registry and ranks the suspects.
///
/// Pure logic over cached records: popularity is derived from the crawl and merged with an optional download
/// list, per-project checks fan out over cores in chunks, and clusters are found by sorting keys, so the whole
/// run is near-linear in the number of projects.
public struct SquatAuditor: Sendable {
  public var popularList: PopularityList?
  public var knownCommands: KnownCommands
  public var options: CheckOptions
  /// The upstream index a private index is compared with (`--upstream`): enables dependency-confusion.
  public var upstream: UpstreamIndex?
  /// Names nobody outside their listed owners may register (`--watch`): enables watched-name.
  public var watchList: WatchList?

  public init(popularList: PopularityList? = nil, knownCommands: KnownCommands, options: CheckOptions = CheckOptions())
  {
    self.popularList = popularList
    self.knownCommands = knownCommands
    self.options = options
  }

  /// What the per-project pass keeps of one project.
  private struct ProjectOutcome: Sendable {
    var findings: [Finding] = []
    var cluster = NamingClusterCheck.Input()
    var missing = SignalCoverage.Missing(rawValue: 0)
    /// Days since 1970 of the first upload, for the report's uploads-per-day series.
    var firstUploadDay: Int?
  }

  /// Audits `records` (one per project) from an index with `capabilities`; `registry` names it in the report.
  ///
  /// Facts are derived per project inside the parallel pass and dropped after it; only popular projects' facts
  /// and small per-project results stay, so memory stays close to that of the records themselves.
  public func run(
    records: [ProjectRecord], capabilities: IndexCapabilities, registry: String, generatedAt: Date = Date()
  ) -> AuditReport {
    let facts = ParallelMap.map(count: records.count) { ProjectFacts(record: records[$0]) }
    return run(facts: facts, capabilities: capabilities, registry: registry, generatedAt: generatedAt)
  }

  /// Sees every project's findings (its naming-cluster finding included), suspect or not, with the context the
  /// checks ran in: how `explain` shows what the audit weighed.
  typealias Observer = (_ context: CheckContext, _ project: ProjectFacts, _ findings: [Finding]) -> Void

  /// Audits projects already reduced to their facts; `check` streams the cache into this form, so a large
  /// registry's full records never sit in memory at once.
  func run(
    facts: [ProjectFacts], capabilities: IndexCapabilities, registry: String, generatedAt: Date = Date(),
    observer: Observer? = nil
  ) -> AuditReport {
    var indexByName: [String: Int] = [:]
    indexByName.reserveCapacity(facts.count)
    for (index, project) in facts.enumerated() { indexByName[project.name] = index }
    var popularity = Popularity.derive(from: facts.map(Popularity.DependencyFacts.init(facts:)))
    if let popularList { popularity = popularity.merging(popularList) }
    var shared = CheckContext(
      names: Set(indexByName.keys), popularity: popularity, knownCommands: knownCommands, options: options,
      facts: { name in indexByName[name].map { facts[$0] } })
    shared.upstream = upstream
    shared.watchList = watchList
    let lookup = indexByName
    shared.registryFacts = { name in lookup[name].map { facts[$0] } }
    let context = shared

    let outcomes = ParallelMap.map(count: facts.count) { index in
      Self.evaluate(facts[index], context: context)
    }
    let clusters = NamingClusterCheck.run(
      context: context, inputs: outcomes.map(\.cluster), facts: { facts[$0] })

    let upstreamGaps =
      upstream.map { DependencyConfusionCheck.degradedChecks($0, facts: { indexByName[$0].map { facts[$0] } }) } ?? []
    var coverage = SignalCoverage()
    var suspects: [SuspectReport] = []
    var placeholders: [SuspectReport] = []
    var clusterOfMember: [Int: String] = [:]
    for (index, finding) in clusters.findings {
      if case .string(let id) = finding.evidence["cluster"] { clusterOfMember[index] = id }
    }
    for (index, outcome) in outcomes.enumerated() {
      coverage.add(outcome.missing)
      var findings = outcome.findings
      if let clusterFinding = clusters.findings[index] { findings.append(clusterFinding) }
      observer?(context, facts[index], findings)
      guard !findings.isEmpty,
        var suspect = judge(facts[index].name, findings: findings, cluster: clusterOfMember[index])
      else { continue }
      suspect.firstUpload = outcome.firstUploadDay.map(UploadTime.dayText)
      suspect.owners = facts[index].owners
      if suspect.verdict == .placeholder { placeholders.append(suspect) } else { suspects.append(suspect) }
    }
    let ranking = { (lhs: SuspectReport, rhs: SuspectReport) in (lhs.score, rhs.project) > (rhs.score, lhs.project) }
    return AuditReport(
      registry: registry, generatedAt: generatedAt, projectsScanned: facts.count,
      suspects: suspects.sorted(by: ranking),
      placeholders: placeholders.sorted(by: ranking), clusters: clusters.clusters,
      degradedChecks: coverage.degradedChecks(capabilities: capabilities, popularity: popularity) + upstreamGaps,
      uploadsPerDay: Self.uploadsPerDay(outcomes.map(\.firstUploadDay), suspects: suspects))
  }

  /// First uploads per day over the registry, with the flagged (non-defensive) suspects counted per day.
  private static func uploadsPerDay(_ days: [Int?], suspects: [SuspectReport]) -> [DailyUploads] {
    var projects: [Int: Int] = [:]
    for case let day? in days { projects[day, default: 0] += 1 }
    var flagged: [String: Int] = [:]
    for suspect in suspects where suspect.verdict == .likelySquat || suspect.verdict == .suspicious {
      if let day = suspect.firstUpload { flagged[day, default: 0] += 1 }
    }
    return projects.keys.sorted().map { day in
      let text = UploadTime.dayText(day)
      return DailyUploads(day: text, projects: projects[day] ?? 0, flagged: flagged[text] ?? 0)
    }
  }

  /// Runs the per-project checks; popular projects are never suspects of imitating others, so those checks never
  /// see them, but a popular name can still be claimed upstream or be on a watch list.
  private static func evaluate(_ project: ProjectFacts, context: CheckContext) -> ProjectOutcome {
    var outcome = ProjectOutcome()
    outcome.missing = SignalCoverage.Missing(project)
    outcome.firstUploadDay = project.firstUploadDay
    if let finding = DependencyConfusionCheck.evaluate(project, context: context) { outcome.findings.append(finding) }
    if let finding = WatchedNameCheck.evaluate(project, context: context) { outcome.findings.append(finding) }
    guard !context.isProtected(project.name) else { return outcome }
    let matches = context.typosquatIndex.matches(for: project.name)
    if let finding = TyposquatCheck.evaluate(project, matches: matches, context: context) {
      outcome.findings.append(finding)
    }
    if let finding = EntryPointHijackCheck.evaluate(project, context: context) { outcome.findings.append(finding) }
    let holdsNothing = EmptyPackageCheck.hasNoContent(project)
    let derivation = NameDerivation.of(project.name, matches: matches, holdsNothing: holdsNothing, context: context)
    var isEmpty = false
    if let finding = EmptyPackageCheck.evaluate(project, context: context, namedAfter: derivation?.target) {
      outcome.findings.append(finding)
      isEmpty = holdsNothing
    }
    outcome.cluster = NamingClusterCheck.Input(project: project, derivation: derivation, isEmpty: isEmpty)
    return outcome
  }

  /// Combines findings into one score and verdict; nil when the project is no suspect.
  ///
  /// Scores combine as independent evidence (1 − Π(1 − sᵢ)). When every finding that names an imitated project
  /// found it shares an owner with that project, the project is a defensive registration: reported as
  /// `defensive-placeholder` with the ownership-lowered score, never as a squat. A project whose only finding
  /// is its emptiness imitates nothing: it is a `placeholder`, listed apart from the suspects.
  func judge(_ project: String, findings: [Finding], cluster: String?) -> SuspectReport? {
    let ordered = findings.sorted { ($0.score, $0.check) > ($1.score, $1.check) }
    let targeted = findings.filter { !$0.targets.isEmpty }
    let defensive = !targeted.isEmpty && targeted.allSatisfy(\.sharesOwnershipWithTarget)
    if defensive {
      let raw = Self.combine(findings.map(\.scoreBeforeOwnership))
      guard raw >= options.suspiciousThreshold else { return nil }
      let score = CounterEvidence.rounded(raw * CounterEvidence.ownershipFactor)
      guard score >= options.minimumScore else { return nil }
      return SuspectReport(
        project: project, score: score, verdict: .defensivePlaceholder, findings: ordered, cluster: cluster)
    }
    let score = CounterEvidence.rounded(Self.combine(findings.map(\.score)))
    guard score >= options.suspiciousThreshold, score >= options.minimumScore else { return nil }
    let verdict: Verdict =
      findings.allSatisfy({ $0.check == .emptyPackage && $0.targets.isEmpty }) && cluster == nil
      ? .placeholder : score >= options.likelyThreshold ? .likelySquat : .suspicious
    return SuspectReport(project: project, score: score, verdict: verdict, findings: ordered, cluster: cluster)
  }

  static func combine(_ scores: [Double]) -> Double {
    1 - scores.reduce(1) { $0 * (1 - min(1, max(0, $1))) }
  }
}
