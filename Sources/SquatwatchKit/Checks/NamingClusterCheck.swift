/// naming-cluster: bursts of registrations that share a naming template or a metadata fingerprint.
///
/// A campaign shows as many projects first uploaded within days that share an owner account, an e-mail
/// address or its domain, a summary or description, file sizes or hashes, an unusual version, a naming template
/// or empty content (the 2025 inbox.ru burst: 1,525 projects in 16 days from 254 accounts, 740 on one day).
/// Projects are grouped by sorting (signal, day) keys, never compared pairwise. Common fingerprints (gmail.com,
/// version 0.1.0, uv's default description) are not signals; a cluster needs two kinds of shared signal, at most
/// one of them about names, and projects with years of history never join one.
enum NamingClusterCheck {
  /// The clusters found, and the finding for each member (by index into `context.facts`).
  struct Outcome: Sendable {
    var clusters: [ClusterReport]
    var findings: [Int: Finding]
  }

  private struct Occurrence: Comparable {
    var key: Int
    var day: Int32
    var member: Int32

    static func < (lhs: Occurrence, rhs: Occurrence) -> Bool { (lhs.key, lhs.day, lhs.member) < (rhs.key, rhs.day, rhs.member) }
  }

  /// Clusters among `context.facts`; `derivations` and `isEmpty` come from the per-project pass.
  static func run(context: CheckContext, derivations: [NameDerivation?], isEmpty: [Bool]) -> Outcome {
    let options = context.options
    let minimumSize = max(2, options.minimumClusterSize)
    var values: [[(ClusterSignal, String)]] = Array(repeating: [], count: context.facts.count)
    var occurrences: [Occurrence] = []
    for (index, project) in context.facts.enumerated() {
      guard let day = project.firstUploadDay, isNewcomer(project), !context.isProtected(project.name) else { continue }
      let projectValues = ClusterSignal.values(of: project, derivation: derivations[index], isEmpty: isEmpty[index])
      values[index] = projectValues
      for (signal, value) in projectValues where signal != .emptyContent {
        var hasher = Hasher()
        hasher.combine(signal.rawValue)
        hasher.combine(value)
        occurrences.append(Occurrence(key: hasher.finalize(), day: Int32(clamping: day), member: Int32(index)))
      }
    }
    occurrences.sort()

    var groups = UnionFind(count: context.facts.count)
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
        if sharedSignals(members, values: values, minimumSize: minimumSize).qualifies {
          for member in members.dropFirst() { groups.union(members[0], member) }
        }
      }
      start = end
    }

    var components: [Int: [Int]] = [:]
    for index in values.indices where groups.hasUnions(index) {
      components[groups.find(index), default: []].append(index)
    }
    var found: [(members: [Int], shared: SharedSignals, first: Int64, last: Int64)] = []
    for members in components.values where members.count >= minimumSize {
      let shared = sharedSignals(members, values: values, minimumSize: minimumSize)
      guard shared.qualifies else { continue }
      let times = members.compactMap { context.facts[$0].firstUpload }
      guard let first = times.min(), let last = times.max() else { continue }
      found.append((members.sorted { context.facts[$0].name < context.facts[$1].name }, shared, first, last))
    }
    found.sort { ($0.first, context.facts[$0.members[0]].name) < ($1.first, context.facts[$1.members[0]].name) }

    var outcome = Outcome(clusters: [], findings: [:])
    for (number, cluster) in found.enumerated() {
      let id = "cluster-\(number + 1)"
      let templates = cluster.members.compactMap { derivations[$0]?.template }
      let template = mostCommon(templates).flatMap { $0.count * 3 >= cluster.members.count ? $0.value : nil }
        ?? cluster.shared.top[.namePrefix]?.value ?? cluster.shared.top[.nameSuffix]?.value
      let owners = Set(cluster.members.flatMap { context.facts[$0].owners })
      var signals = cluster.shared.descriptions(of: cluster.members.count)
      if !owners.isEmpty { signals.append("\(owners.count) owner account(s)") }
      outcome.clusters.append(
        ClusterReport(
          id: id, members: cluster.members.map { context.facts[$0].name }, firstUpload: UploadTime.text(cluster.first),
          lastUpload: UploadTime.text(cluster.last), signals: signals, template: template))
      let spanDays = Int((cluster.last - cluster.first) / 86_400) + 1
      let base = min(
        0.85,
        0.45 + 0.1 * Double(cluster.shared.kinds - 2) + 0.15 * min(1, Double(cluster.members.count) / 50))
      for member in cluster.members {
        let project = context.facts[member]
        let target = derivations[member]?.target
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

  /// Projects with a long release history are established, whatever their neighbours look like.
  static func isNewcomer(_ project: ProjectFacts) -> Bool {
    !(project.releasesWithFiles >= 3 && project.historyDays >= 365)
  }

  /// Which signals a group shares, and whether that is enough for a cluster.
  struct SharedSignals {
    /// The most common value of each shared signal and how many members have it.
    var top: [ClusterSignal: (value: String, count: Int)]

    /// Kinds of shared signal, naming signals counting once.
    var kinds: Int {
      let fingerprints = top.keys.filter { !$0.isNaming }.count
      return fingerprints + (top.keys.contains(where: \.isNaming) ? 1 : 0)
    }

    var qualifies: Bool { kinds >= 2 && top.keys.contains { !$0.isNaming } }

    var kindNames: [String] { top.keys.map(\.rawValue).sorted() }

    func descriptions(of size: Int) -> [String] {
      top.sorted { $0.key.rawValue < $1.key.rawValue }.map { signal, entry in
        signal == .emptyContent ? "empty content (\(entry.count) of \(size))" : "\(signal.rawValue) \(entry.value) (\(entry.count) of \(size))"
      }
    }
  }

  /// The signals at least half of `members` (and at least `minimumSize` of them) share.
  static func sharedSignals(_ members: [Int], values: [[(ClusterSignal, String)]], minimumSize: Int) -> SharedSignals {
    var counts: [ClusterSignal: [String: Int]] = [:]
    for member in members {
      var seen = Set<String>()
      for (signal, value) in values[member] where seen.insert("\(signal.rawValue)\u{0}\(value)").inserted {
        counts[signal, default: [:]][value, default: 0] += 1
      }
    }
    var top: [ClusterSignal: (value: String, count: Int)] = [:]
    let needed = max(minimumSize, (members.count + 1) / 2)
    for (signal, byValue) in counts {
      guard let best = mostCommon(byValue), best.count >= needed else { continue }
      top[signal] = best
    }
    return SharedSignals(top: top)
  }

  private static func mostCommon(_ values: [String]) -> (value: String, count: Int)? {
    mostCommon(values.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 })
  }

  private static func mostCommon(_ counts: [String: Int]) -> (value: String, count: Int)? {
    counts.max { ($0.value, $1.key) < ($1.value, $0.key) }.map { ($0.key, $0.value) }
  }
}
