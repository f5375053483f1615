import Foundation
public import SquatwatchKit

/// Generates a `NightlyReplay`: a registry under real names from a download ranking (popular projects and a long
/// tail), then, day after day, a campaign shaped like 2025's (9, 295, 39, 119, 740, 249 and 46 projects on seven days
/// in a row, 16 and 12 a week later: empty projects from many fresh accounts, named after popular projects, their
/// commands and import names, or names an assistant might invent) among a realistic inflow of legitimate new
/// projects: framework plugins, AI-era tools, personal tools, tutorials, company families (one account publishing a
/// dozen `<brand>-<word>` projects with code within an hour) and honest placeholders that imitate nothing; plus new
/// releases of existing projects.
public struct NightlyReplayGenerator {
  /// The campaign's projects per day of the replay (day 0 is the first day).
  public static let campaignProfile: [(day: Int, projects: Int)] = [
    (0, 9), (1, 295), (2, 39), (3, 119), (4, 740), (5, 249), (6, 46), (14, 16), (15, 12),
  ]
  /// Midnight before the first day, 2025-06-26 as in the campaign the profile follows.
  public static let start = UploadTimestamp(year: 2025, month: 6, day: 26)

  /// How much of everything.
  public struct Sizes: Sendable {
    /// The top of the ranking, as popular projects.
    public var popular: Int
    /// Projects from the rest of the ranking, as the long tail.
    public var longTail: Int
    /// Nights after night 0; 16 covers the whole campaign.
    public var nights: Int
    /// Legitimate new projects per day.
    public var legitimatePerNight: Int
    /// New releases of existing projects per day.
    public var updatesPerNight: Int
    /// Multiplies the campaign profile (1 is the real campaign's size).
    public var campaignScale: Double

    public init(
      popular: Int = 3_000, longTail: Int = 4_000, nights: Int = 16, legitimatePerNight: Int = 320,
      updatesPerNight: Int = 40, campaignScale: Double = 1
    ) {
      self.popular = popular
      self.longTail = longTail
      self.nights = nights
      self.legitimatePerNight = legitimatePerNight
      self.updatesPerNight = updatesPerNight
      self.campaignScale = campaignScale
    }
  }

  private static let frameworks = [
    "django", "flask", "fastapi", "pytest", "langchain", "llama-index", "mkdocs", "sphinx", "jupyterlab",
    "streamlit", "dbt", "wagtail", "datasette", "napari", "pelican", "airflow",
  ]
  private static let pluginWords = [
    "audit", "cache", "admin", "csv", "export", "forms", "geo", "health", "i18n", "jobs", "json", "ledger", "mail",
    "markdown", "metrics", "money", "notes", "oauth", "pdf", "queue", "ratelimit", "search", "seo", "sitemap", "slack",
    "sms", "snapshot", "sso", "storage", "stripe", "tags", "tasks", "tenants", "timeline", "upload", "webhooks", "xlsx",
    "zones", "retry", "mock", "fixtures", "timeout", "sentry", "otel", "redis", "kafka", "s3", "gcs", "azure", "duckdb",
    "postgres", "mongo", "neo4j", "qdrant", "pinecone", "weaviate", "chroma", "ollama", "mistral", "cohere", "bedrock",
    "vertex", "groq", "graph", "charts", "maps", "theme", "icons", "diagrams", "mermaid", "katex", "i18n-extras",
  ]
  private static let aiForms = [
    "%-agent", "%-agents", "mcp-server-%", "%-mcp", "%-rag", "%-llm", "%-copilot", "%-assistant", "%-gpt",
    "%-embeddings",
    "%-prompts", "%-evals",
  ]
  private static let familyWords = [
    "sdk", "client", "core", "auth", "api", "cli", "utils", "models", "schemas", "logging", "config", "db", "queue",
    "storage", "metrics", "tracing", "testing", "types", "events", "workers",
  ]
  private static let tutorialForms = [
    "hello-world-%", "%-hello", "my-first-package-%", "example-package-%", "test-package-%", "%-tutorial",
    "%-demo-package", "learn-python-%",
  ]
  private static let campaignForms = [
    "%-cli", "%-sdk", "%-api", "%-tools", "%-utils", "py%", "%-python", "%-helper", "%-client", "%-lib", "%-connector",
    "%-toolkit", "%-wrapper", "%-extensions", "%-async", "%-plus", "%-pro", "%-lite",
  ]
  private static let campaignDomains = ["inbox.ru", "bk.ru", "list.ru", "internet.ru"]

  private var random: SeededGenerator
  private var maker: RankedProjectMaker
  private var forge: NameForge
  private var entries: [NightlyReplay.Entry] = []
  private var popular: [String] = []
  private var targets: [(name: String, target: String, command: String?)] = []
  private var inflowAccounts: [String] = []

  /// Generates the replay; the same ranking, sizes and seed always give the same replay.
  public static func generate(
    ranking: [String], knownCommands: KnownCommands, sizes: Sizes = Sizes(), seed: UInt64
  ) -> NightlyReplay {
    var generator = NightlyReplayGenerator(
      ranking: ranking, knownCommands: knownCommands, popular: sizes.popular, seed: seed)
    generator.addBase(ranking: ranking, sizes: sizes)
    for night in 1...max(sizes.nights, 1) {
      let day = start.adding(seconds: Int64(night - 1) * 86_400)
      generator.addInflow(count: sizes.legitimatePerNight, night: night, day: day)
      let campaign = campaignProfile.first { $0.day == night - 1 }?.projects ?? 0
      generator.addCampaign(count: Int((Double(campaign) * sizes.campaignScale).rounded()), night: night, day: day)
      generator.addUpdates(count: sizes.updatesPerNight, day: day)
    }
    return NightlyReplay(seed: seed, start: start, nights: max(sizes.nights, 1), entries: generator.entries)
  }

  private init(ranking: [String], knownCommands: KnownCommands, popular count: Int, seed: UInt64) {
    random = SeededGenerator(seed: seed)
    maker = RankedProjectMaker(knownCommands: knownCommands, importNames: [:], now: Self.start)
    popular = Array(ranking.prefix(count))
    var guarded = popular
    for name in popular {
      let known = knownCommands.projects[name]
      guarded += (known?.commands ?? []) + (known?.imports ?? [])
      // What an assistant or a squatter builds on: the name, its commands and import names.
      targets.append((name, name, known?.commands.first))
      for alias in (known?.commands ?? []) + (known?.imports ?? []) where ProjectName.isValid(alias) {
        targets.append((ProjectName.normalize(alias), name, known?.commands.first))
      }
    }
    forge = NameForge(popularNames: guarded, reserved: knownCommands.systemCommands)
  }

  // MARK: Night 0

  private mutating func addBase(ranking: [String], sizes: Sizes) {
    for (rank, name) in popular.enumerated() where forge.claim(name) {
      let dependencies =
        rank == 0
        ? []
        : RealRegistryGenerator.pick(Int.random(in: 0...3, using: &random), below: rank, in: popular, using: &random)
      entries.append(
        .init(
          project: maker.popular(name: name, rank: rank, dependencies: dependencies, realWheel: nil, using: &random),
          night: 0))
    }
    var rest = Array(ranking.dropFirst(popular.count))
    rest.shuffle(using: &random)
    for name in rest.prefix(sizes.longTail) where forge.claim(name) {
      let dependencies = RealRegistryGenerator.pick(
        Int.random(in: 0...2, using: &random), below: popular.count, in: popular, using: &random)
      entries.append(.init(project: maker.longTail(name: name, dependencies: dependencies, using: &random), night: 0))
    }
  }

  // MARK: Legitimate inflow

  private mutating func addInflow(count: Int, night: Int, day: UploadTimestamp) {
    let families = night % 3 == 0 ? 2 : 1
    var added = 0
    func shares(_ fraction: Double) -> Int { Int(Double(count) * fraction) }
    added += addPlugins(count: shares(0.28), night: night, day: day)
    added += addAITools(count: shares(0.12), night: night, day: day)
    added += addPersonalTools(count: shares(0.28), night: night, day: day)
    added += addTutorials(count: shares(0.12), night: night, day: day)
    for _ in 0..<families { added += addCompanyFamily(night: night, day: day) }
    added += addPlaceholders(count: shares(0.06), night: night, day: day)
    addSmallLibraries(count: max(count - added, 0), night: night, day: day)
  }

  private mutating func addPlugins(count: Int, night: Int, day: UploadTimestamp) -> Int {
    let present = Self.frameworks.filter { popular.contains($0) }
    let hosts = present.isEmpty ? Self.frameworks : present
    var added = 0
    while added < count {
      let framework = hosts.randomElement(using: &random) ?? "django"
      let word = Self.pluginWords.randomElement(using: &random) ?? "cache"
      var name: String
      switch framework {
      case "mkdocs": name = "mkdocs-\(word)-plugin"
      case "sphinx": name = "sphinxcontrib-\(word)"
      case "airflow": name = "airflow-provider-\(word)"
      default: name = "\(framework)-\(word)"
      }
      if !forge.isClearOfPopular(name) || Bool.random(using: &random) {
        name += "-\(Self.pluginWords.randomElement(using: &random) ?? "extras")"
      }
      guard forge.isClearOfPopular(name), forge.claim(name) else { continue }
      let summary = "\(framework.capitalized) integration for \(word)"
      appendNewProject(
        name: name, summary: summary, label: .plugin, requires: [framework], withCLI: false, day: day,
        account: inflowAccount(), night: night)
      added += 1
    }
    return added
  }

  private mutating func addAITools(count: Int, night: Int, day: UploadTimestamp) -> Int {
    let helpers = ["openai", "anthropic", "langchain", "llama-index", "transformers", "httpx"].filter(popular.contains)
    var added = 0
    while added < count {
      let form = Self.aiForms.randomElement(using: &random) ?? "%-agent"
      let stem =
        Bool.random(using: &random)
        ? NameForge.word(using: &random) : "\(NameForge.word(using: &random))-\(NameForge.topic(using: &random))"
      let name = form.replacingOccurrences(of: "%", with: stem)
      guard forge.isClearOfPopular(name), forge.claim(name) else { continue }
      let requires = helpers.isEmpty ? [] : [helpers.randomElement(using: &random) ?? "httpx"]
      appendNewProject(
        name: name, summary: "An AI \(NameForge.topic(using: &random)) assistant", label: .aiTool,
        requires: requires, withCLI: Bool.random(using: &random), day: day, account: inflowAccount(),
        night: night)
      added += 1
    }
    return added
  }

  private mutating func addPersonalTools(count: Int, night: Int, day: UploadTimestamp) -> Int {
    for _ in 0..<count {
      let account = inflowAccount()
      let handle = account.prefix { $0.isLetter }
      var name = forge.ordinaryName(using: &random)
      let personal =
        "\(handle)-\(["utils", "tools", "toolbox", "scripts", "helpers"].randomElement(using: &random) ?? "utils")"
      if Bool.random(using: &random), forge.isClearOfPopular(personal), forge.claim(personal) { name = personal }
      appendNewProject(
        name: name, summary: "My \(NameForge.topic(using: &random)) helpers", label: .personalTool, requires: [],
        withCLI: Bool.random(using: &random), day: day, account: account, night: night)
    }
    return count
  }

  private mutating func addTutorials(count: Int, night: Int, day: UploadTimestamp) -> Int {
    var added = 0
    while added < count {
      let account = maker.describer.newUser(using: &random)
      let form = Self.tutorialForms.randomElement(using: &random) ?? "hello-world-%"
      let name = form.replacingOccurrences(of: "%", with: account)
      guard forge.isClearOfPopular(name), forge.claim(name) else { continue }
      let importName = RankedProjectMaker.importName(of: name)
      var spec = DistributionSpec(name: name, version: "")
      ProjectDescriber.describe(
        &spec, summary: "A small example package", user: account, richness: 0.3, using: &random)
      spec.modules = ModuleSourceWriter.token(importName: importName)
      appendNew(
        spec, label: .tutorial, versions: ["0.0.1", "0.1.0", "1.0.0"], account: account, day: day, night: night)
      added += 1
    }
    return added
  }

  /// One account (in an organization named after the brand) publishing a dozen projects with code within an hour.
  private mutating func addCompanyFamily(night: Int, day: UploadTimestamp) -> Int {
    var brand = NameForge.coinedWord(using: &random, syllableCount: 2...3)
    while !forge.isClearOfPopular(brand) || !forge.isClearOfPopular("\(brand)-core") {
      brand = NameForge.coinedWord(using: &random, syllableCount: 2...3)
    }
    let account = "\(brand)-bot"
    let ownership = ProjectOwnership(roles: [.init(role: "Owner", user: account)], organization: brand)
    let hour = day.adding(seconds: Int64.random(in: 0..<(86_400 - 3_600), using: &random))
    var words = Self.familyWords
    words.shuffle(using: &random)
    var added = 0
    for word in words.prefix(12) {
      let name = "\(brand)-\(word)"
      guard forge.claim(name) else { continue }
      let importName = RankedProjectMaker.importName(of: name)
      var spec = DistributionSpec(name: name, version: "")
      spec.summary = "\(brand.capitalized) \(word) library"
      spec.description = "# \(name)\n\nPart of the \(brand.capitalized) platform SDK.\n"
      spec.author = "\(brand.capitalized) Engineering"
      spec.authorEmail = "engineering@\(brand).io"
      spec.homePage = "https://github.com/\(brand)/\(name)"
      spec.license = "Apache-2.0"
      spec.requiresDist = word == "core" ? [] : ["\(brand)-core>=1.0"]
      spec.modules = ModuleSourceWriter.package(
        importName: importName, summary: spec.summary, withCLI: word == "cli", extraModules: 2, using: &random)
      if word == "cli" { spec.consoleScripts = [.init(name: brand, target: "\(importName).cli:main")] }
      let release = GeneratedRelease(
        version: "1.0.0", uploadTime: hour.adding(seconds: Int64.random(in: 0..<3_600, using: &random)),
        files: [.sdist, .wheel(.pure)])
      append(
        GeneratedProject(spec: spec, releases: [release], ownership: ownership, label: .companyFamily), night: night)
      added += 1
    }
    return added
  }

  /// Names that imitate nothing, "coming soon", an empty `__init__.py`.
  private mutating func addPlaceholders(count: Int, night: Int, day: UploadTimestamp) -> Int {
    for _ in 0..<count {
      let name = forge.ordinaryName(using: &random)
      let account = maker.describer.newUser(using: &random)
      var spec = DistributionSpec(name: name, version: "")
      spec.summary =
        ["Coming soon", "Reserved for an upcoming project", "", "Work in progress"].randomElement(
          using: &random) ?? ""
      spec.authorEmail = "\(account)@gmail.com"
      spec.modules = [.init(path: "\(RankedProjectMaker.importName(of: name))/__init__.py", source: "")]
      appendNew(
        spec, label: .placeholder, versions: ["0.0.0", "0.0.1", "0.1.0"], account: account, day: day, night: night)
    }
    return count
  }

  private mutating func addSmallLibraries(count: Int, night: Int, day: UploadTimestamp) {
    for _ in 0..<count {
      let name = forge.ordinaryName(using: &random)
      appendNewProject(
        name: name, summary: "\(NameForge.topic(using: &random).capitalized) helpers for small scripts",
        label: .newSmall, requires: [], withCLI: Bool.random(using: &random), day: day,
        account: inflowAccount(), night: night)
    }
  }

  // MARK: Campaign

  /// Empty projects from fresh accounts (one to four projects each) on a few throwaway e-mail domains.
  private mutating func addCampaign(count: Int, night: Int, day: UploadTimestamp) {
    var account = ""
    var domain = ""
    var left = 0
    var added = 0
    var attempts = 0
    while added < count, attempts < count * 100 {
      attempts += 1
      guard let base = targets.randomElement(using: &random) else { return }
      var name: String
      switch Int.random(in: 0..<10, using: &random) {
      case 0..<2 where base.name != base.target: name = base.name
      default:
        let form = Self.campaignForms.randomElement(using: &random) ?? "%-cli"
        name = form.replacingOccurrences(of: "%", with: base.name)
      }
      // A small registry runs out of forms over its few popular names before a day's burst is done.
      if attempts > count * 10 { name += "-\(NameForge.coinedWord(using: &random, syllableCount: 1...2))" }
      guard ProjectName.isValid(name), forge.claim(name) else { continue }
      if left == 0 {
        account = maker.describer.newUser(using: &random)
        domain = Self.campaignDomains.randomElement(using: &random) ?? "inbox.ru"
        left = Int.random(in: 1...4, using: &random)
      }
      left -= 1
      var spec = DistributionSpec(name: name, version: "")
      spec.summary = ["A Python package", "", "\(name) package"].randomElement(using: &random) ?? ""
      spec.authorEmail = "\(account)@\(domain)"
      if let command = base.command, Int.random(in: 0..<5, using: &random) == 0 {
        spec.consoleScripts = [.init(name: command, target: "\(RankedProjectMaker.importName(of: name)).main:run")]
      }
      let files: [GeneratedRelease.File] = Bool.random(using: &random) ? [.wheel(.pure)] : [.sdist, .wheel(.pure)]
      appendNew(
        spec, label: .campaignSquat, versions: ["0.0.1", "0.1.0", "1.0.0"], files: files, account: account,
        target: base.target, day: day, night: night)
      added += 1
    }
  }

  // MARK: Updates

  /// New releases of projects already in the registry (older projects and yesterday's newcomers alike).
  private mutating func addUpdates(count: Int, day: UploadTimestamp) {
    let candidates = entries.indices.filter {
      entries[$0].project.label != .campaignSquat
        && entries[$0].project.releases.last.map { $0.uploadTime < day } ?? false
    }
    for _ in 0..<count {
      guard let index = candidates.randomElement(using: &random), let last = entries[index].project.releases.last,
        last.uploadTime < day
      else { continue }
      var parts = last.version.split(separator: ".").map { Int($0) ?? 0 }
      parts[parts.count - 1] += 1
      entries[index].project.releases.append(
        GeneratedRelease(
          version: parts.map(String.init).joined(separator: "."), uploadTime: moment(in: day),
          files: [.sdist, .wheel(.pure)]))
    }
  }

  // MARK: Building blocks

  private mutating func append(_ project: GeneratedProject, night: Int) {
    entries.append(.init(project: project, night: night))
  }

  /// Appends a new project with a little real code and one release during `day`.
  private mutating func appendNewProject(
    name: String, summary: String, label: ProjectLabel, requires: [String], withCLI: Bool, day: UploadTimestamp,
    account: String, night: Int
  ) {
    let importName = RankedProjectMaker.importName(of: name)
    var spec = DistributionSpec(name: name, version: "")
    ProjectDescriber.describe(&spec, summary: summary, user: account, richness: 0.6, using: &random)
    spec.requiresDist = requires
    spec.modules = ModuleSourceWriter.package(
      importName: importName, summary: summary, withCLI: withCLI, extraModules: Int.random(in: 0...2, using: &random),
      using: &random)
    if withCLI { spec.consoleScripts = [.init(name: name, target: "\(importName).cli:main")] }
    appendNew(
      spec, label: label, versions: ["0.1.0", "0.0.1", "1.0.0", "0.2.0"], account: account, day: day, night: night)
  }

  /// Appends a project of one release, uploaded during `day` by `account` alone, its version one of `versions`.
  private mutating func appendNew(
    _ spec: DistributionSpec, label: ProjectLabel, versions: [String],
    files: [GeneratedRelease.File] = [.sdist, .wheel(.pure)], account: String, target: String? = nil,
    day: UploadTimestamp, night: Int
  ) {
    let release = GeneratedRelease(
      version: versions.randomElement(using: &random) ?? "0.1.0", uploadTime: moment(in: day), files: files)
    append(
      GeneratedProject(
        spec: spec, releases: [release], ownership: ProjectOwnership(roles: [.init(role: "Owner", user: account)]),
        label: label, target: target), night: night)
  }

  /// Mostly a fresh account; sometimes one that published before during the replay.
  private mutating func inflowAccount() -> String {
    if !inflowAccounts.isEmpty, Int.random(in: 0..<4, using: &random) == 0,
      let account = inflowAccounts.randomElement(using: &random)
    {
      return account
    }
    let account = maker.describer.newUser(using: &random)
    inflowAccounts.append(account)
    return account
  }

  /// A random moment during `day`.
  private mutating func moment(in day: UploadTimestamp) -> UploadTimestamp {
    day.adding(seconds: Int64.random(in: 0..<86_400, using: &random))
  }
}
