import Foundation
import SquatwatchKit

/// Makes legitimate projects under real names: popular projects in download order, with their real commands and
/// import names where known, histories of years and dependents; an ordinary long tail with code and a few releases;
/// and long-lived projects whose names merely look like a popular one.
struct RankedProjectMaker {
  /// Where real command and import names come from.
  let knownCommands: KnownCommands
  /// Import names by project (normalized), beyond the known map.
  let importNames: [String: [String]]
  /// Every history ends before this.
  let now: UploadTimestamp
  var describer = ProjectDescriber()

  /// A popular project at `rank` (0 = most downloaded) requiring `dependencies`; `realWheel`, when given, is served
  /// as its newest release.
  mutating func popular(
    name: String, rank: Int, dependencies: [String], realWheel: BuiltDistribution?, using random: inout SeededGenerator
  ) -> GeneratedProject {
    let known = knownCommands.projects[name]
    let imports = importModules(of: name, known: known)
    let owners = (0..<Int.random(in: 1...3, using: &random)).map { _ in describer.newUser(using: &random) }
    let ownership = ProjectOwnership(
      roles: owners.enumerated().map { .init(role: $0.offset == 0 ? "Owner" : "Maintainer", user: $0.element) },
      organization: Bool.random(using: &random) ? name : nil)
    var spec = DistributionSpec(name: name, version: "")
    let summary = "\(name): \(NameForge.topic(using: &random)) library for Python"
    ProjectDescriber.describe(&spec, summary: summary, user: owners[0], richness: 1.0, using: &random)
    spec.requiresDist = dependencies.map { "\($0)>=\(Int.random(in: 1...3, using: &random)).0" }
    let commands = known?.commands ?? []
    spec.modules = ModuleSourceWriter.package(
      importName: imports[0], summary: summary, withCLI: !commands.isEmpty, extraModules: 2, using: &random)
    for extra in imports.dropFirst() { spec.modules += ModuleSourceWriter.token(importName: extra) }
    spec.consoleScripts = commands.map { .init(name: $0, target: "\(imports[0]).cli:main") }
    let top = rank < 500
    var releases = ReleaseHistory.releases(
      count: top ? Int.random(in: 15...40, using: &random) : Int.random(in: 6...20, using: &random),
      from: UploadTimestamp(
        year: Int.random(in: top ? 2011...2017 : 2012...2021, using: &random),
        month: Int.random(in: 1...12, using: &random), day: 3),
      to: now.adding(seconds: -Int64.random(in: 1...90, using: &random) * 86_400), recentWithWheels: 3,
      nativeWheels: false, using: &random)
    if let realWheel, let version = Self.version(ofWheel: realWheel.filename) {
      releases = Self.ending(releases, withVersion: version, files: [.prebuilt(realWheel)])
    }
    return GeneratedProject(spec: spec, releases: releases, ownership: ownership, label: .popular)
  }

  /// An ordinary project of the long tail: code, one or two owners, a few releases over the years.
  mutating func longTail(name: String, dependencies: [String], using random: inout SeededGenerator) -> GeneratedProject
  {
    let users = (0..<Int.random(in: 1...2, using: &random)).map { _ in describer.newUser(using: &random) }
    var spec = DistributionSpec(name: name, version: "")
    let importName = Self.importName(of: name)
    let summary = "\(NameForge.word(using: &random).capitalized) \(NameForge.topic(using: &random)) library"
    ProjectDescriber.describe(
      &spec, summary: summary, user: users[0], richness: Double.random(in: 0...1, using: &random), using: &random)
    let withCLI = Int.random(in: 0..<10, using: &random) < 3
    spec.modules = ModuleSourceWriter.package(
      importName: importName, summary: summary, withCLI: withCLI, extraModules: Int.random(in: 0...1, using: &random),
      using: &random)
    // A script named like a system or popular command would be a squat's mark, not an ordinary project's.
    let commandTaken =
      knownCommands.systemCommands.contains(name)
      || knownCommands.projects.values.contains { $0.commands.contains(name) }
    if withCLI && !commandTaken { spec.consoleScripts = [.init(name: name, target: "\(importName).cli:main")] }
    spec.requiresDist = dependencies
    // First uploads from 2014 to a month before `now`.
    let earliest = UploadTimestamp(year: 2014, month: 1, day: 9).microseconds
    let start = UploadTimestamp(
      microseconds: Int64.random(
        in: earliest...max(earliest, now.adding(seconds: -30 * 86_400).microseconds), using: &random))
    let releases = ReleaseHistory.releases(
      count: Int.random(in: 1...8, using: &random), from: start, to: now.adding(seconds: -86_400), recentWithWheels: 1,
      nativeWheels: false, using: &random)
    return GeneratedProject(
      spec: spec, releases: releases,
      ownership: ProjectOwnership(
        roles: users.enumerated().map { .init(role: $0.offset == 0 ? "Owner" : "Maintainer", user: $0.element) }),
      label: .longTail)
  }

  /// A legitimate project that has lived for years under a name that looks like `target`, by other owners.
  mutating func lookalike(name: String, target: String, using random: inout SeededGenerator) -> GeneratedProject {
    var project = longTail(name: name, dependencies: [], using: &random)
    project.releases = ReleaseHistory.releases(
      count: Int.random(in: 2...10, using: &random),
      from: UploadTimestamp(
        year: Int.random(in: 2014...2019, using: &random), month: Int.random(in: 1...12, using: &random), day: 17),
      to: min(
        now,
        UploadTimestamp(
          year: Int.random(in: 2020...2025, using: &random), month: Int.random(in: 1...12, using: &random), day: 5)),
      recentWithWheels: 1, nativeWheels: false, using: &random)
    project.label = .nearNameLegit
    project.target = target
    return project
  }

  /// The import name a project without a known one gets: its name with `_` for separators.
  static func importName(of name: String) -> String {
    ProjectName.normalize(name).replacingOccurrences(of: "-", with: "_")
  }

  /// The version in a wheel's file name, `{name}-{version}-...whl`.
  static func version(ofWheel filename: String) -> String? {
    let parts = filename.split(separator: "-")
    return parts.count >= 5 ? String(parts[1]) : nil
  }

  /// The project (normalized) a wheel's file name belongs to.
  static func project(ofWheel filename: String) -> String? {
    filename.split(separator: "-").first.map { ProjectName.normalize($0) }
  }

  /// Top-level modules to write: the known import names (first dotted part; private ones left out), else the name's.
  private func importModules(of name: String, known: KnownCommands.Project?) -> [String] {
    var modules: [String] = []
    for importName in (known?.imports ?? []) + (importNames[name] ?? []) {
      let top = String(importName.split(separator: ".").first ?? "")
      if !top.isEmpty, !top.hasPrefix("_"), !modules.contains(top) { modules.append(top) }
    }
    return modules.isEmpty ? [Self.importName(of: name)] : modules
  }

  /// `releases` with the newest one replaced by `version` and `files`, and older versions renumbered below it.
  private static func ending(
    _ releases: [GeneratedRelease], withVersion version: String, files: [GeneratedRelease.File]
  ) -> [GeneratedRelease] {
    // A real version is at least 0.0.1; 0.0.0.N sorts below every one of them.
    var renumbered = releases.enumerated().map { index, release in
      var release = release
      release.version = version.hasPrefix("0.0.") ? "0.0.0.\(index + 1)" : "0.0.\(index + 1)"
      return release
    }
    guard var newest = renumbered.popLast() else { return releases }
    newest.version = version
    newest.files = files
    newest.yankedReason = nil
    renumbered.append(newest)
    return renumbered
  }
}
