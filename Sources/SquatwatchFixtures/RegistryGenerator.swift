import Foundation
import SquatwatchKit

/// Generates a registry with labelled populations: popular projects and their dependents, an ordinary long tail,
/// defensive registrations, metapackages, new small projects, legitimate near-names, and planted squats (a burst
/// campaign, typosquats, command shadowing).
///
/// Deterministic for a seed; sizes scale with the project count.
public struct RegistryGenerator {
  /// The smallest registry that still holds every population.
  public static let minimumProjectCount = 60
  /// The populations this generator draws from.
  public static let populations: [ProjectLabel] = [
    .popular, .longTail, .defensive, .metapackage, .newSmall, .nearNameLegit, .campaignSquat, .typosquat,
    .commandShadow,
  ]
  /// The registry's fixed "now", so the same seed gives the same upload times on every run.
  public static let referenceNow = UploadTimestamp(year: 2026, month: 7, day: 1)

  /// A popular project's names and owners, which squats and defensive registrations imitate.
  private struct Popular {
    var name: String
    var imports: [String]
    var scripts: [String]
    var summary: String
    var ownership: ProjectOwnership
  }

  private var random: SeededGenerator
  private var forge: NameForge
  private var projects: [GeneratedProject] = []
  private var popular: [Popular] = []
  private var describer = ProjectDescriber()
  private let now = RegistryGenerator.referenceNow
  private let compactHistories: Bool

  /// Generates `projectCount` projects (at least `minimumProjectCount`) from `seed`.
  public static func generate(projectCount: Int, seed: UInt64) -> GeneratedRegistry {
    let count = max(projectCount, minimumProjectCount)
    var generator = RegistryGenerator(seed: seed, projectCount: count)
    let popularCount = max(min(PopularCatalog.entries.count, count / 8), count / 100)
    generator.addPopular(count: popularCount)
    generator.addNearNames(count: max(3, count / 300))
    generator.addDefensive(count: max(3, count / 300))
    generator.addMetapackages(count: max(3, count / 300))
    generator.addCampaign(count: max(8, count * 3 / 100))
    generator.addTyposquats(count: max(6, count / 100))
    generator.addCommandShadows(count: max(4, count / 250))
    generator.addExactNameSquats(count: max(3, count / 400))
    generator.addNewSmall(count: max(5, count * 4 / 100))
    generator.addLongTail(count: count - generator.projects.count)
    var registry = GeneratedRegistry(seed: seed, now: generator.now, projects: generator.projects)
    registry.assignSerials()
    return registry
  }

  private init(seed: UInt64, projectCount: Int) {
    random = SeededGenerator(seed: seed)
    compactHistories = projectCount <= 2_000
    var popularNames = PopularCatalog.entries.map(\.name)
    popularNames += PopularCatalog.entries.flatMap { $0.imports + $0.scripts }
    forge = NameForge(popularNames: popularNames, reserved: Set(PopularCatalog.systemCommands))
  }

  // MARK: Populations

  private mutating func addPopular(count: Int) {
    let real = Array(PopularCatalog.entries.prefix(count))
    let included = Set(real.map(\.name))
    var entries = real.map { entry in
      var entry = entry
      entry.requires = entry.requires.filter(included.contains)
      return entry
    }
    while entries.count < count {
      let brand = NameForge.coinedWord(using: &random, syllableCount: 3...4)
      // Two invented brands may coincide, and an ordinary name must not land next to one.
      guard forge.claimPopular(brand) else { continue }
      let scripts = Bool.random(using: &random) ? [brand] : (Bool.random(using: &random) ? ["\(brand)-cli"] : [])
      let requires = (0..<Int.random(in: 0...3, using: &random)).compactMap { _ in
        entries.randomElement(using: &random)?.name
      }
      entries.append(
        PopularCatalog.Entry(
          name: brand, imports: [brand.replacingOccurrences(of: "-", with: "_")], scripts: scripts,
          requires: Array(Set(requires)).sorted(),
          summary: "The \(brand) toolkit for \(NameForge.topic(using: &random)) work"))
    }
    for entry in entries {
      _ = forge.claim(entry.name)
      let organization = entry.organization ?? (Bool.random(using: &random) ? nil : entry.name)
      let owners = (0..<Int.random(in: 1...3, using: &random)).map { _ in describer.newUser(using: &random) }
      let ownership = ProjectOwnership(
        roles: owners.enumerated().map { .init(role: $0.offset == 0 ? "Owner" : "Maintainer", user: $0.element) },
        organization: organization)
      var spec = DistributionSpec(name: entry.name, version: "")
      ProjectDescriber.describe(&spec, summary: entry.summary, user: owners[0], richness: 1.0, using: &random)
      spec.requiresDist = entry.requires.map { "\($0)>=\(Int.random(in: 1...3, using: &random)).0" }
      if let importName = entry.imports.first {
        spec.modules = ModuleSourceWriter.package(
          importName: importName, summary: entry.summary, withCLI: !entry.scripts.isEmpty || !entry.guiScripts.isEmpty,
          extraModules: compactHistories ? 1 : 3, using: &random)
        for extra in entry.imports.dropFirst() { spec.modules += ModuleSourceWriter.token(importName: extra) }
        spec.consoleScripts = entry.scripts.map { .init(name: $0, target: "\(importName).cli:main") }
        spec.guiScripts = entry.guiScripts.map { .init(name: $0, target: "\(importName).cli:main") }
      }
      let native = [
        "numpy", "pandas", "scipy", "scikit-learn", "torch", "tensorflow", "opencv-python", "pillow",
        "regex", "pyyaml", "cryptography",
      ].contains(entry.name)
      if native, let importName = entry.imports.first {
        spec.nativeModule = ModuleSourceWriter.nativeModule(importName: importName, using: &random)
      }
      spec.scriptsInSetupCfg = Int.random(in: 0..<4, using: &random) == 0
      let startYear = Int.random(in: 2011...2019, using: &random)
      let releaseCount =
        compactHistories ? Int.random(in: 4...8, using: &random) : Int.random(in: 12...40, using: &random)
      let releases = ReleaseHistory.releases(
        count: releaseCount,
        from: UploadTimestamp(year: startYear, month: Int.random(in: 1...12, using: &random), day: 3),
        to: now.adding(seconds: -Int64.random(in: 86_400...90 * 86_400, using: &random)),
        recentWithWheels: 5, nativeWheels: native, using: &random)
      append(GeneratedProject(spec: spec, releases: releases, ownership: ownership, label: .popular))
      popular.append(
        Popular(
          name: entry.name, imports: entry.imports, scripts: entry.scripts + entry.guiScripts,
          summary: entry.summary, ownership: ownership))
    }
  }

  private mutating func addNearNames(count: Int) {
    let known = [("pyshark", "pyspark"), ("simpy", "sympy"), ("unicorn", "gunicorn"), ("pluggie", "pluggy")]
    var candidates = known.filter { pair in popular.contains { $0.name == pair.1 } }
    while candidates.count < count, let target = popular.randomElement(using: &random) {
      let mutation = [NameMutation.repeatedCharacter, .omittedCharacter, .swappedCharacters].randomElement(
        using: &random)
      if let name = mutation?.apply(to: target.name, using: &random) { candidates.append((name, target.name)) }
    }
    for (name, target) in candidates.prefix(count) where forge.claim(name) {
      let user = describer.newUser(using: &random)
      var spec = DistributionSpec(name: name, version: "")
      let importName = name.replacingOccurrences(of: "-", with: "_")
      let summary = "\(name.capitalized): \(NameForge.topic(using: &random)) utilities, maintained since years"
      ProjectDescriber.describe(&spec, summary: summary, user: user, richness: 0.9, using: &random)
      spec.modules = ModuleSourceWriter.package(
        importName: importName, summary: summary, withCLI: true, extraModules: 1, using: &random)
      spec.consoleScripts = [.init(name: name, target: "\(importName).cli:main")]
      let releases = ReleaseHistory.releases(
        count: Int.random(in: 5...10, using: &random),
        from: UploadTimestamp(year: Int.random(in: 2013...2018, using: &random), month: 5, day: 11),
        to: now.adding(seconds: -Int64.random(in: 30...400, using: &random) * 86_400), recentWithWheels: 3,
        nativeWheels: false, using: &random)
      append(
        GeneratedProject(
          spec: spec, releases: releases, ownership: ProjectOwnership(roles: [.init(role: "Owner", user: user)]),
          label: .nearNameLegit, target: target))
    }
  }

  private mutating func addDefensive(count: Int) {
    var added = 0
    while added < count, let target = popular.randomElement(using: &random) {
      let mutation = NameMutation.allCases.randomElement(using: &random)
      guard let name = mutation?.apply(to: target.name, using: &random), ProjectName.isValid(name), forge.claim(name)
      else { continue }
      var spec = DistributionSpec(name: name, version: "")
      spec.summary = "Placeholder to protect users from typosquatting. Install \(target.name) instead."
      spec.description = "This name is held by the \(target.name) maintainers. Please install `\(target.name)`."
      spec.homePage = "https://pypi.org/project/\(target.name)/"
      spec.author = target.ownership.organization ?? target.ownership.roles.first?.user
      let registered = UploadTimestamp(
        year: Int.random(in: 2019...2024, using: &random), month: 2, day: 14,
        secondOfDay: Int.random(in: 0..<86_400, using: &random))
      let release = GeneratedRelease(version: "0.0.1", uploadTime: registered, files: [.sdist, .wheel(.pure)])
      append(
        GeneratedProject(
          spec: spec, releases: [release], ownership: target.ownership, label: .defensive,
          target: target.name))
      added += 1
    }
  }

  private mutating func addMetapackages(count: Int) {
    for _ in 0..<count {
      let name = forge.ordinaryName(using: &random) + "-suite"
      _ = forge.claim(name)
      let user = describer.newUser(using: &random)
      var spec = DistributionSpec(name: name, version: "")
      let members = Array(
        Set(
          (0..<Int.random(in: 2...5, using: &random)).compactMap { _ in
            popular.randomElement(using: &random)?.name
          })
      ).sorted()
      ProjectDescriber.describe(
        &spec, summary: "Installs \(members.joined(separator: ", ")) in one go", user: user, richness: 0.8,
        using: &random)
      spec.requiresDist = members.map { "\($0)>=1.0" }
      spec.topLevel = []
      let releases = ReleaseHistory.releases(
        count: Int.random(in: 2...6, using: &random), from: UploadTimestamp(year: 2017, month: 9, day: 1),
        to: now.adding(seconds: -Int64.random(in: 60...700, using: &random) * 86_400), recentWithWheels: 2,
        nativeWheels: false, using: &random)
      append(
        GeneratedProject(
          spec: spec, releases: releases,
          ownership: ProjectOwnership(roles: [.init(role: "Owner", user: user)]), label: .metapackage))
    }
  }

  /// A burst shaped like the 2025 inbox.ru campaign: fresh accounts on one e-mail domain, empty wheels with the same
  /// summary and version, names from a shared template over popular names, most uploads on one peak day.
  private mutating func addCampaign(count: Int) {
    let domain = ["inbox.ru", "mailbox.example", "postbox.test"].randomElement(using: &random) ?? "inbox.ru"
    let accounts = (0..<max(2, count / 6)).map { _ in describer.newUser(using: &random) }
    let templates =
      [["%-cli", "%-sdk"], ["%-api", "%-tools"], ["py%-client", "%-helper"]]
      .randomElement(using: &random) ?? ["%-cli", "%-sdk"]
    // Day offsets and weights from the reference burst (06-26 … 07-11, peak 740 on 06-30).
    let profile: [(day: Int, weight: Int)] = [
      (0, 9), (1, 295), (2, 39), (3, 119), (4, 740), (5, 249), (6, 46),
      (14, 16), (15, 12),
    ]
    let totalWeight = profile.reduce(0) { $0 + $1.weight }
    let start = now.adding(seconds: -20 * 86_400)
    var bases = popular.flatMap { [$0.name] + $0.imports + $0.scripts.filter { !$0.contains(".") } }.map {
      (base: $0.lowercased(), target: $0)
    }
    bases = bases.map { base in
      (
        base.base,
        popular.first { $0.imports.contains(base.target) || $0.scripts.contains(base.target) }?.name ?? base.target
      )
    }
    var added = 0
    var attempts = 0
    while added < count, attempts < count * 50 {
      attempts += 1
      guard let base = bases.randomElement(using: &random), let template = templates.randomElement(using: &random)
      else { break }
      var name = template.replacingOccurrences(of: "%", with: base.base)
      if attempts > count * 10 { name += "-\(NameForge.coinedWord(using: &random, syllableCount: 1...2))" }
      guard ProjectName.isValid(name), forge.claim(name) else { continue }
      var pick = Int.random(in: 0..<totalWeight, using: &random)
      let day =
        profile.first {
          pick -= $0.weight; return pick < 0
        }?.day ?? 4
      let time = start.adding(seconds: Int64(day * 86_400 + Int.random(in: 0..<86_400, using: &random)))
      let user = accounts[added % accounts.count]
      var spec = DistributionSpec(name: name, version: "")
      spec.summary = "A Python package"
      spec.authorEmail = "\(user)@\(domain)"
      if added % 3 == 0, let target = popular.first(where: { $0.name == base.target }),
        let script = target.scripts.first
      {
        spec.consoleScripts = [.init(name: script, target: "\(name.replacingOccurrences(of: "-", with: "_")).cli:main")]
      }
      let release = GeneratedRelease(version: "0.1.0", uploadTime: time, files: [.wheel(.pure)])
      append(
        GeneratedProject(
          spec: spec, releases: [release],
          ownership: ProjectOwnership(roles: [.init(role: "Owner", user: user)]),
          label: .campaignSquat, target: base.target))
      added += 1
    }
  }

  private mutating func addTyposquats(count: Int) {
    var added = 0
    while added < count, let target = popular.randomElement(using: &random) {
      let mutation = NameMutation.allCases.randomElement(using: &random)
      guard let name = mutation?.apply(to: target.name, using: &random), ProjectName.isValid(name), forge.claim(name)
      else { continue }
      let user = describer.newUser(using: &random)
      var spec = DistributionSpec(name: name, version: "")
      spec.summary = target.summary
      spec.authorEmail =
        "\(user)@\(["gmail.com", "proton.me", "outlook.com"].randomElement(using: &random) ?? "gmail.com")"
      spec.modules = ModuleSourceWriter.token(
        importName: target.imports.first ?? name.replacingOccurrences(of: "-", with: "_"))
      let time = now.adding(seconds: -Int64.random(in: 1...120, using: &random) * 86_400)
      let release = GeneratedRelease(
        version: ["0.0.1", "1.0.0", "0.1"].randomElement(using: &random) ?? "0.0.1",
        uploadTime: time, files: [.sdist, .wheel(.pure)])
      append(
        GeneratedProject(
          spec: spec, releases: [release],
          ownership: ProjectOwnership(roles: [.init(role: "Owner", user: user)]),
          label: .typosquat, target: target.name))
      added += 1
    }
  }

  private mutating func addCommandShadows(count: Int) {
    let popularCommands = popular.flatMap { entry in entry.scripts.map { (command: $0, target: Optional(entry.name)) } }
    let systemCommands = PopularCatalog.systemCommands.map { command in
      (command: command, target: popular.first { $0.scripts.contains(command) }?.name)
    }
    for index in 0..<count {
      let pool = index % 2 == 0 ? systemCommands : popularCommands
      guard let shadowed = pool.randomElement(using: &random) else { continue }
      let name = forge.ordinaryName(using: &random)
      let user = describer.newUser(using: &random)
      var spec = DistributionSpec(name: name, version: "")
      let importName = name.replacingOccurrences(of: "-", with: "_")
      ProjectDescriber.describe(
        &spec, summary: "Handy \(NameForge.topic(using: &random)) helpers", user: user, richness: 0.4, using: &random)
      spec.modules = ModuleSourceWriter.package(
        importName: importName, summary: spec.summary, withCLI: true,
        extraModules: 0, using: &random)
      spec.consoleScripts = [.init(name: shadowed.command, target: "\(importName).cli:main")]
      let time = now.adding(seconds: -Int64.random(in: 1...60, using: &random) * 86_400)
      append(
        GeneratedProject(
          spec: spec, releases: [GeneratedRelease(version: "0.1.0", uploadTime: time, files: [.sdist, .wheel(.pure)])],
          ownership: ProjectOwnership(roles: [.init(role: "Owner", user: user)]), label: .commandShadow,
          target: shadowed.target))
    }
  }

  /// Empty projects named exactly like a popular project's command or import name (the `huggingface-cli` case).
  private mutating func addExactNameSquats(count: Int) {
    var candidates: [(name: String, target: String)] = []
    for entry in popular {
      for name in entry.scripts + entry.imports where !name.hasPrefix("_") && ProjectName.isValid(name) {
        candidates.append((name, entry.name))
      }
    }
    candidates.sort { $0.name < $1.name }
    let first = candidates.filter { $0.name == "huggingface-cli" }
    var rest = candidates.filter { $0.name != "huggingface-cli" }
    rest.shuffle(using: &random)
    var added = 0
    for candidate in first + rest where added < count && forge.claim(candidate.name) {
      let user = describer.newUser(using: &random)
      var spec = DistributionSpec(name: candidate.name, version: "")
      spec.summary = ""
      spec.authorEmail = "\(user)@gmail.com"
      let time = now.adding(seconds: -Int64.random(in: 1...200, using: &random) * 86_400)
      append(
        GeneratedProject(
          spec: spec, releases: [GeneratedRelease(version: "0.0.1", uploadTime: time, files: [.sdist, .wheel(.pure)])],
          ownership: ProjectOwnership(roles: [.init(role: "Owner", user: user)]), label: .commandShadow,
          target: candidate.target))
      added += 1
    }
  }

  private mutating func addNewSmall(count: Int) {
    for _ in 0..<count {
      let name = forge.ordinaryName(using: &random)
      let user = describer.newUser(using: &random)
      var spec = DistributionSpec(name: name, version: "")
      let importName = name.replacingOccurrences(of: "-", with: "_")
      ProjectDescriber.describe(
        &spec, summary: "\(NameForge.topic(using: &random).capitalized) helpers for small scripts", user: user,
        richness: 0.5, using: &random)
      let withCLI = Bool.random(using: &random)
      spec.modules = ModuleSourceWriter.package(
        importName: importName, summary: spec.summary, withCLI: withCLI,
        extraModules: 0, using: &random)
      if withCLI { spec.consoleScripts = [.init(name: name, target: "\(importName).cli:main")] }
      let releases = ReleaseHistory.releases(
        count: Int.random(in: 1...3, using: &random), from: now.adding(seconds: -45 * 86_400),
        to: now.adding(seconds: -3_600), recentWithWheels: 3, nativeWheels: false, using: &random)
      append(
        GeneratedProject(
          spec: spec, releases: releases,
          ownership: ProjectOwnership(roles: [.init(role: "Owner", user: user)]), label: .newSmall))
    }
  }

  private mutating func addLongTail(count: Int) {
    for _ in 0..<max(count, 0) {
      let name = forge.ordinaryName(using: &random)
      let users = (0..<Int.random(in: 1...2, using: &random)).map { _ in describer.newUser(using: &random) }
      var spec = DistributionSpec(name: name, version: "")
      let importName = name.replacingOccurrences(of: "-", with: "_").lowercased()
      ProjectDescriber.describe(
        &spec, summary: "\(NameForge.word(using: &random).capitalized) \(NameForge.topic(using: &random)) library",
        user: users[0], richness: Double.random(in: 0...1, using: &random), using: &random)
      let withCLI = Int.random(in: 0..<10, using: &random) < 3
      spec.modules = ModuleSourceWriter.package(
        importName: importName, summary: spec.summary, withCLI: withCLI,
        extraModules: Int.random(in: 0...1, using: &random), using: &random)
      if withCLI { spec.consoleScripts = [.init(name: name.lowercased(), target: "\(importName).cli:main")] }
      let native = Int.random(in: 0..<20, using: &random) == 0
      if native { spec.nativeModule = ModuleSourceWriter.nativeModule(importName: importName, using: &random) }
      spec.requiresDist = (0..<Int.random(in: 0...2, using: &random)).compactMap {
        _ in popular.randomElement(using: &random).map { $0.name }
      }
      spec.scriptsInSetupCfg = Bool.random(using: &random)
      let start = UploadTimestamp(
        year: Int.random(in: 2012...2025, using: &random), month: Int.random(in: 1...12, using: &random), day: 9)
      let releases = ReleaseHistory.releases(
        count: Int.random(in: 1...(compactHistories ? 3 : 5), using: &random), from: start,
        to: now.adding(seconds: -86_400),
        recentWithWheels: 1, nativeWheels: native, using: &random)
      append(
        GeneratedProject(
          spec: spec, releases: releases,
          ownership: ProjectOwnership(
            roles: users.enumerated().map {
              .init(
                role: $0.offset == 0 ? "Owner" : "Maintainer",
                user: $0.element)
            }),
          label: .longTail))
    }
  }

  // MARK: Building blocks

  private mutating func append(_ project: GeneratedProject) {
    projects.append(project)
  }
}
