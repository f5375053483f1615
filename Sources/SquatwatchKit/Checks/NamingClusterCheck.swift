/// naming-cluster: bursts of registrations that share a naming template or a metadata fingerprint.
///
/// A campaign shows as many projects first uploaded within days that share an owner account, an e-mail
/// address or its domain, a summary or description, file sizes or hashes, an unusual version, a naming template
/// or empty content (the 2025 inbox.ru burst: 1,525 projects in 16 days from 254 accounts, 740 on one day).
/// Projects are grouped by sorting (signal, day) keys, never compared pairwise. Common fingerprints (gmail.com,
/// version 0.1.0, uv's default description) are not signals; a cluster needs two kinds of shared signal, at most
/// one of them about names, and projects with years of history never join one. A burst that is one hand's own
/// family of projects (a company publishing `<brand>-<word>` projects in an hour) is no campaign (`isCampaign`).
enum NamingClusterCheck {
  /// The clusters found, and the finding for each member (by index into the inputs).
  struct Outcome: Sendable {
    var clusters: [ClusterReport]
    var findings: [Int: Finding]
  }

  private struct Occurrence: Comparable {
    var key: Int
    var day: Int32
    var member: Int32

    static func < (lhs: Occurrence, rhs: Occurrence) -> Bool {
      (lhs.key, lhs.day, lhs.member) < (rhs.key, rhs.day, rhs.member)
    }
  }

  /// One signal value of one project, hashed so a whole registry of them stays small.
  struct HashedValue: Sendable {
    var signal: ClusterSignal
    var hash: Int
  }

  /// Groups larger than this are judged on an evenly spread sample of this many members.
  static let evaluationSample = 1_000

  /// What the per-project pass keeps of each project for clustering.
  struct Input: Sendable {
    /// Hashed signal values; empty for projects that take no part (popular, established, no upload time).
    var values: [HashedValue] = []
    /// Day of the first upload, counted from 1970-01-01.
    var day: Int32 = 0
    var derivation: NameDerivation?
    var isEmpty = false

    /// The clustering input for `project`; `derivation` and `isEmpty` come from the per-project checks.
    init(project: ProjectFacts, derivation: NameDerivation?, isEmpty: Bool) {
      self.derivation = derivation
      self.isEmpty = isEmpty
      guard let day = project.firstUploadDay, isNewcomer(project) else { return }
      self.day = Int32(clamping: day)
      values = ClusterSignal.values(of: project, derivation: derivation, isEmpty: isEmpty).map {
        HashedValue(signal: $0.0, hash: hash($0.0, $0.1))
      }
    }

    init() {}
  }

  /// Clusters among the projects of `inputs`; `facts` recomputes a project's facts by index, for members only.
  static func run(context: CheckContext, inputs: [Input], facts: (Int) -> ProjectFacts) -> Outcome {
    let options = context.options
    let minimumSize = max(2, options.minimumClusterSize)
    let values = inputs.map(\.values)
    var occurrences: [Occurrence] = []
    for (index, input) in inputs.enumerated() {
      for value in input.values where !value.signal.isNaming && value.signal != .emptyContent {
        occurrences.append(Occurrence(key: value.hash, day: input.day, member: Int32(index)))
      }
    }
    occurrences.sort()

    var groups = UnionFind(count: inputs.count)
    var start = 0
    while start < occurrences.count {
      var end = start + 1
      while end < occurrences.count, occurrences[end].key == occurrences[start].key,
        occurrences[end].day - occurrences[end - 1].day <= Int32(options.burstGapDays),
        occurrences[end].day - occurrences[start].day <= Int32(options.maximumClusterSpanDays)
      {
        end += 1
      }
      if end - start >= minimumSize {
        let members = occurrences[start..<end].map { Int($0.member) }
        if sharedSignals(sample(members), values: values, minimumSize: minimumSize).qualifies {
          for member in members.dropFirst() { groups.union(members[0], member) }
        }
      }
      start = end
    }

    var components: [Int: [Int]] = [:]
    for index in values.indices where groups.hasUnions(index) {
      components[groups.find(index), default: []].append(index)
    }
    var memberFacts: [Int: ProjectFacts] = [:]
    var found: [(members: [Int], shared: SharedSignals, first: Int64, last: Int64)] = []
    for members in components.values where members.count >= minimumSize {
      let shared = sharedSignals(members, values: values, minimumSize: minimumSize)
      guard shared.qualifies else { continue }
      for member in members { memberFacts[member] = facts(member) }
      guard isCampaign(members, inputs: inputs, facts: memberFacts) else { continue }
      let times = members.compactMap { memberFacts[$0]?.firstUpload }
      guard let first = times.min(), let last = times.max() else { continue }
      let name = { (member: Int) in memberFacts[member]?.name ?? "" }
      found.append((members.sorted { name($0) < name($1) }, shared, first, last))
    }
    let name = { (member: Int) in memberFacts[member]?.name ?? "" }
    found.sort { ($0.first, name($0.members[0])) < ($1.first, name($1.members[0])) }

    var outcome = Outcome(clusters: [], findings: [:])
    for (number, var cluster) in found.enumerated() {
      let id = "cluster-\(number + 1)"
      let members = cluster.members.compactMap { member in memberFacts[member].map { (member, $0) } }
      let owners = Set(members.flatMap(\.1.owners))
      var signals = cluster.shared.descriptions(
        of: members, size: cluster.members.count,
        text: { ClusterSignal.values(of: $0, derivation: inputs[$1].derivation, isEmpty: inputs[$1].isEmpty) })
      let templates = cluster.members.compactMap { inputs[$0].derivation?.template }
      let template =
        mostCommon(templates).flatMap { $0.count * 3 >= cluster.members.count ? $0.value : nil }
        ?? cluster.shared.naming
      if !owners.isEmpty { signals.append("\(owners.count) owner account(s)") }
      outcome.clusters.append(
        ClusterReport(
          id: id, members: members.map(\.1.name), firstUpload: UploadTime.text(cluster.first),
          lastUpload: UploadTime.text(cluster.last), signals: signals, template: template))
      let spanDays = Int((cluster.last - cluster.first) / 86_400) + 1
      let base = min(
        0.85,
        0.45 + 0.1 * Double(cluster.shared.kinds - 2) + 0.15 * min(1, Double(cluster.members.count) / 50))
      for (member, project) in members {
        let target = inputs[member].derivation?.target
        var evidence: [String: EvidenceValue] = [
          "cluster": .string(id), "cluster_size": .number(Double(cluster.members.count)),
          "span_days": .number(Double(spanDays)), "shared_signals": .strings(signals),
        ]
        if let target { evidence["target"] = .string(target) }
        if let template { evidence["template"] = .string(template) }
        let summary =
          "one of \(cluster.members.count) projects first uploaded within \(spanDays) day(s) sharing "
          + cluster.shared.kindNames.joined(separator: ", ") + " (\(id))"
        outcome.findings[member] = context.counterEvidence(for: project, target: target)
          .finding(.namingCluster, base: base, summary: summary, evidence: evidence, targets: target.map { [$0] } ?? [])
      }
    }
    return outcome
  }

  /// Whether a burst is a campaign rather than a family.
  ///
  /// A campaign passes for popular projects (most names are their typos, command or import names, py-forms), or
  /// is a burst of empty projects from many hands, or empty projects named after popular ones. One account,
  /// organization or e-mail publishing its own brand's projects, with code or as honest placeholders, is a family.
  static func isCampaign(_ members: [Int], inputs: [Input], facts: [Int: ProjectFacts]) -> Bool {
    let imitating = members.count { inputs[$0].derivation?.imitates == true }
    if imitating * 2 >= members.count { return true }
    guard members.count { inputs[$0].isEmpty } * 2 >= members.count else { return false }
    let namedAfterOthers = members.count { inputs[$0].derivation != nil }
    return namedAfterOthers * 3 >= members.count || !isOneHand(members.compactMap { facts[$0] })
  }

  /// Whether nearly every project (nine in ten) shares one owner account, organization or, where the index
  /// names no owners, one author e-mail.
  static func isOneHand(_ projects: [ProjectFacts]) -> Bool {
    let needed = (projects.count * 9 + 9) / 10
    let keys: [[String]] = projects.map { project in
      let accounts = project.owners + (project.organization.map { ["org:" + $0] } ?? [])
      return accounts.isEmpty ? project.emails.map { "email:" + $0 } : accounts
    }
    var counts: [String: Int] = [:]
    for projectKeys in keys { for key in Set(projectKeys) { counts[key, default: 0] += 1 } }
    return counts.values.contains { $0 >= needed }
  }

  /// Projects with a long release history are established, whatever their neighbours look like.
  static func isNewcomer(_ project: ProjectFacts) -> Bool {
    !(project.releasesWithFiles >= 3 && project.historyDays >= 365)
  }

  /// Which signals a group shares, and whether that is enough for a cluster.
  struct SharedSignals {
    /// The hash of the most common value of each shared signal and how many members have it.
    var top: [ClusterSignal: (hash: Int, count: Int)]
    /// The shared name prefix or suffix pattern, resolved to text once the cluster is accepted.
    var naming: String?

    /// Kinds of shared signal, naming signals counting once.
    var kinds: Int {
      let fingerprints = top.keys.filter { !$0.isNaming }.count
      return fingerprints + (top.keys.contains(where: \.isNaming) ? 1 : 0)
    }

    var qualifies: Bool { kinds >= 2 && top.keys.contains { !$0.isNaming } }

    var kindNames: [String] { top.keys.map(\.rawValue).sorted() }

    /// Lines such as `email-domain inbox.ru (1525 of 1525)`; `text` recomputes a member's values.
    mutating func descriptions(
      of members: [(Int, ProjectFacts)], size: Int, text: (ProjectFacts, Int) -> [(ClusterSignal, String)]
    ) -> [String] {
      var resolved: [ClusterSignal: String] = [:]
      for (member, project) in members where resolved.count < top.count {
        for (signal, value) in text(project, member)
        where resolved[signal] == nil && top[signal]?.hash == hash(signal, value) {
          resolved[signal] = value
        }
      }
      naming = resolved[.namePrefix] ?? resolved[.nameSuffix]
      return top.sorted { $0.key.rawValue < $1.key.rawValue }.map { signal, entry in
        signal == .emptyContent
          ? "empty content (\(entry.count) of \(size))"
          : "\(signal.rawValue) \(resolved[signal] ?? "?") (\(entry.count) of \(size))"
      }
    }
  }

  /// The signals at least half of `members` (and at least `minimumSize` of them) share.
  static func sharedSignals(_ members: [Int], values: [[HashedValue]], minimumSize: Int) -> SharedSignals {
    var counts: [ClusterSignal: [Int: Int]] = [:]
    for member in members {
      var seen = Set<Int>()
      for value in values[member] where seen.insert(value.hash).inserted {
        counts[value.signal, default: [:]][value.hash, default: 0] += 1
      }
    }
    var top: [ClusterSignal: (hash: Int, count: Int)] = [:]
    let needed = max(min(minimumSize, members.count), (members.count + 1) / 2)
    for (signal, byValue) in counts {
      guard let best = byValue.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), best.value >= needed else {
        continue
      }
      top[signal] = (best.key, best.value)
    }
    return SharedSignals(top: top, naming: nil)
  }

  /// An evenly spread, deterministic sample of a large group.
  static func sample(_ members: [Int]) -> [Int] {
    guard members.count > evaluationSample else { return members }
    let step = Double(members.count) / Double(evaluationSample)
    return (0..<evaluationSample).map { members[Int(Double($0) * step)] }
  }

  static func hash(_ signal: ClusterSignal, _ value: String) -> Int {
    var hasher = Hasher()
    hasher.combine(signal)
    hasher.combine(value)
    return hasher.finalize()
  }

  private static func mostCommon(_ values: [String]) -> (value: String, count: Int)? {
    values.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
      .max { ($0.value, $1.key) < ($1.value, $0.key) }.map { ($0.key, $0.value) }
  }
}
