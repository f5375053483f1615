public import SquatwatchKit

/// Builds a registry around real data: real malicious distributions (names, Core Metadata, member lists with
/// filler of the recorded sizes, entry points; never code) mixed into legitimate projects under real names from a
/// download ranking (popular projects with their real commands, some served as real wheels, and a long tail) and
/// real legitimate look-alikes.
///
/// Upload times are not in the data: each malicious project is first uploaded at a random moment in the 30 days
/// before the data set added it, its later releases minutes to two days apart, each from a fresh account.
public struct RealRegistryGenerator {
  /// The data the registry is built from, read by `RealDataSources`.
  public struct Sources: Sendable {
    /// Normalized project names, most downloaded first.
    public var ranking: [String]
    public var malicious: [MaliciousDistributionRecord]
    /// Real legitimate projects whose names look like a popular one: (name, the popular name).
    public var lookalikes: [(name: String, looksLike: String)]
    public var knownCommands: KnownCommands
    /// Import names by normalized project name.
    public var importNames: [String: [String]]
    /// Real wheels of popular projects, each served as its project's newest release.
    public var realWheels: [BuiltDistribution]

    public init(
      ranking: [String], malicious: [MaliciousDistributionRecord], lookalikes: [(name: String, looksLike: String)],
      knownCommands: KnownCommands, importNames: [String: [String]] = [:], realWheels: [BuiltDistribution] = []
    ) {
      self.ranking = ranking
      self.malicious = malicious
      self.lookalikes = lookalikes
      self.knownCommands = knownCommands
      self.importNames = importNames
      self.realWheels = realWheels
    }
  }

  /// How many projects of each population.
  public struct Sizes: Sendable {
    /// The top of the ranking, as popular projects.
    public var popular: Int
    /// Projects drawn from the rest of the ranking, as the long tail.
    public var longTail: Int
    /// At most this many malicious projects (a seeded sample); nil for all.
    public var malicious: Int?

    public init(popular: Int = 5_000, longTail: Int = 4_000, malicious: Int? = nil) {
      self.popular = popular
      self.longTail = longTail
      self.malicious = malicious
    }
  }

  /// The registry, and how many records were left out and why.
  public struct Outcome: Sendable {
    public var registry: GeneratedRegistry
    /// Reason to number of malicious records left out.
    public var skipped: [String: Int]
  }

  /// Builds the registry; the same sources, sizes and seed always give the same registry.
  public static func generate(_ sources: Sources, sizes: Sizes = Sizes(), seed: UInt64) -> Outcome {
    var random = SeededGenerator(seed: seed)
    var maker = RankedProjectMaker(
      knownCommands: sources.knownCommands, importNames: sources.importNames, now: RegistryGenerator.referenceNow)
    var projects: [GeneratedProject] = []
    var taken = Set<String>()

    let popular = Array(sources.ranking.prefix(sizes.popular))
    var wheels: [String: BuiltDistribution] = [:]
    for wheel in sources.realWheels {
      if let project = RankedProjectMaker.project(ofWheel: wheel.filename) { wheels[project] = wheel }
    }
    for (rank, name) in popular.enumerated() where taken.insert(name).inserted {
      let dependencies =
        rank == 0 ? [] : Self.pick(Int.random(in: 0...3, using: &random), below: rank, in: popular, using: &random)
      projects.append(
        maker.popular(name: name, rank: rank, dependencies: dependencies, realWheel: wheels[name], using: &random))
    }
    for lookalike in sources.lookalikes where taken.insert(lookalike.name).inserted {
      projects.append(maker.lookalike(name: lookalike.name, target: lookalike.looksLike, using: &random))
    }
    var rest = sources.ranking.dropFirst(sizes.popular).filter { !taken.contains($0) }
    rest.shuffle(using: &random)
    for name in rest.prefix(sizes.longTail) where taken.insert(name).inserted {
      let dependencies = Self.pick(
        Int.random(in: 0...2, using: &random), below: popular.count, in: popular, using: &random)
      projects.append(maker.longTail(name: name, dependencies: dependencies, using: &random))
    }

    var skipped: [String: Int] = [:]
    var groups: [String: [MaliciousDistributionRecord]] = [:]
    for record in sources.malicious {
      guard record.error == nil, !record.members.isEmpty else {
        skipped["archive unreadable in the data set", default: 0] += 1
        continue
      }
      guard let metadata = record.metadata, ProjectName.isValid(metadata.name) else {
        skipped["no valid project name", default: 0] += 1
        continue
      }
      guard RecordedDistribution.format(ofFilename: record.filename) != nil else {
        skipped["file name is not a wheel or sdist", default: 0] += 1
        continue
      }
      let name = ProjectName.normalize(metadata.name)
      guard !taken.contains(name) else {
        skipped["name of a legitimate project in the registry", default: 0] += 1
        continue
      }
      groups[name, default: []].append(record)
    }
    var names = groups.keys.sorted()
    if let limit = sizes.malicious, limit < names.count {
      names.shuffle(using: &random)
      for name in names.dropFirst(limit) { skipped["left out of the sample", default: 0] += groups[name]?.count ?? 0 }
      names = Array(names.prefix(limit)).sorted()
    }
    for name in names {
      guard let records = groups[name] else { continue }
      let user = maker.describer.newUser(using: &random)
      if let project = Self.malicious(records, user: user, using: &random) { projects.append(project) }
    }
    var registry = GeneratedRegistry(seed: seed, now: RegistryGenerator.referenceNow, projects: projects)
    if let latest = projects.flatMap({ $0.releases.map(\.uploadTime) }).max(), latest >= registry.now {
      registry.now = latest.adding(seconds: 86_400)
    }
    registry.assignSerials()
    return Outcome(registry: registry, skipped: skipped)
  }

  /// One malicious project from all its records: one release per version, uploaded in version order (the data set
  /// has no upload times), the first in the 30 days before the data set added the earliest record.
  private static func malicious(
    _ records: [MaliciousDistributionRecord], user: String, using random: inout SeededGenerator
  ) -> GeneratedProject? {
    let sorted = records.sorted { left, right in
      let (a, b) = (numericParts(left.metadata?.version ?? ""), numericParts(right.metadata?.version ?? ""))
      return a.lexicographicallyPrecedes(b) || (a == b && left.filename < right.filename)
    }
    guard let first = records.compactMap(\.addedTime).min(), let newest = sorted.last, var spec = newest.spec()
    else { return nil }
    var time = first.adding(seconds: -Int64.random(in: 3_600...30 * 86_400, using: &random))
    var releases: [GeneratedRelease] = []
    var seen = Set<String>()
    for record in sorted where seen.insert(record.filename).inserted {
      guard let recordSpec = record.spec(), let format = RecordedDistribution.format(ofFilename: record.filename)
      else { continue }
      let file = GeneratedRelease.File.recorded(
        RecordedDistribution(
          filename: record.filename, format: format, coreMetadata: recordSpec.coreMetadata, members: record.members,
          entryPoints: record.entryPoints.map { .init(group: $0.group, name: $0.name, target: $0.target) },
          topLevel: record.topLevel))
      if let index = releases.firstIndex(where: { $0.version == recordSpec.version }) {
        releases[index].files.append(file)
      } else {
        if !releases.isEmpty { time = time.adding(seconds: Int64.random(in: 300...2 * 86_400, using: &random)) }
        releases.append(GeneratedRelease(version: recordSpec.version, uploadTime: time, files: [file]))
      }
    }
    guard !releases.isEmpty else { return nil }
    spec.version = ""
    return GeneratedProject(
      spec: spec, releases: releases, ownership: ProjectOwnership(roles: [.init(role: "Owner", user: user)]),
      label: .malicious)
  }

  /// The numbers of a version, `1.2rc3` → 1, 2, 3: enough to put a project's releases in upload order.
  private static func numericParts(_ version: String) -> [Int] {
    version.split { !$0.isNumber }.map { Int($0.prefix(9)) ?? 0 }
  }

  /// `count` distinct names from `names[..<bound]`, drawn towards the top: popular projects gather dependents.
  static func pick(_ count: Int, below bound: Int, in names: [String], using random: inout SeededGenerator) -> [String]
  {
    guard bound > 0 else { return [] }
    var picked: [String] = []
    for _ in 0..<count {
      let fraction = Double.random(in: 0..<1, using: &random)
      let name = names[min(Int(Double(bound) * fraction * fraction * fraction), bound - 1)]
      if !picked.contains(name) { picked.append(name) }
    }
    return picked
  }
}
