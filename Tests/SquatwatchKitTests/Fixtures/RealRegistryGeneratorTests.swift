import Foundation
import SquatwatchFixtures
import SquatwatchKit
import Testing

@Suite struct RealRegistryGeneratorTests {
  private static func record(
    _ name: String, version: String, added: String, filename: String? = nil, scripts: [String] = [],
    error: Bool = false
  ) throws -> MaliciousDistributionRecord {
    let file = filename ?? "\(name)-\(version).tar.gz"
    let root = file.hasSuffix(".whl") ? "\(name)" : "\(name)-\(version)"
    let entryPoints = scripts.map {
      "{\"group\": \"console_scripts\", \"name\": \"\($0)\", \"target\": \"\(name):main\"}"
    }
    let line =
      error
      ? "{\"added_date\": \"\(added)\", \"filename\": \"\(file)\", \"error\": \"blob absent\"}"
      : """
      {"added_date": "\(added)", "filename": "\(file)", "files": [["\(root)/PKG-INFO", 120], \
      ["\(root)/\(name)/__init__.py", 2048]], "entry_points": [\(entryPoints.joined(separator: ", "))], \
      "top_level": ["\(name)"], "metadata": {"name": "\(name)", "version": "\(version)", "summary": "s", \
      "author_email": "a@b.test", "requires_dist": [], "project_urls": []}}
      """
    return try #require(MaliciousDistributionRecord.read(jsonLines: Data(line.utf8)).records.first)
  }

  private func sources() throws -> RealRegistryGenerator.Sources {
    var flask = DistributionSpec(name: "flask", version: "3.1.0")
    flask.consoleScripts = [.init(name: "flask", target: "flask.cli:main")]
    return RealRegistryGenerator.Sources(
      ranking: ["requests", "numpy", "black", "flask", "pandas", "amber-notes", "cobalt-router", "flexx", "quill-csv"],
      malicious: [
        try Self.record("reqeusts", version: "1.0.0", added: "2024-05-01T10:00:00+08:00"),
        try Self.record("reqeusts", version: "0.9", added: "2024-05-02T10:00:00+08:00"),
        try Self.record(
          "flsak", version: "0.1", added: "2024-08-01T00:00:00+08:00", filename: "flsak-0.1-py3-none-any.whl",
          scripts: ["flask"]),
        try Self.record("numpy", version: "9.9", added: "2024-08-01T00:00:00+08:00"),
        try Self.record("brokenpkg", version: "1.0", added: "2024-08-01T00:00:00+08:00", error: true),
      ],
      lookalikes: [(name: "flexx", looksLike: "flex")],
      knownCommands: KnownCommands(projects: ["black": .init(commands: ["black", "blackd"])], systemCommands: ["pip"]),
      realWheels: [WheelBuilder.build(flask)])
  }

  private func numbers(_ version: String) -> [Int] { version.split { !$0.isNumber }.map { Int($0) ?? 0 } }

  @Test func mixesRealMaliciousRecordsIntoLabelledLegitimateProjects() throws {
    let outcome = RealRegistryGenerator.generate(
      try sources(), sizes: .init(popular: 5, longTail: 3), seed: 4)
    let projects = Dictionary(uniqueKeysWithValues: outcome.registry.projects.map { ($0.normalizedName, $0) })
    #expect(
      Set(outcome.registry.projects.filter { $0.label == .popular }.map(\.name)) == [
        "requests", "numpy", "black", "flask", "pandas",
      ])
    #expect(projects["flexx"]?.label == .nearNameLegit && projects["flexx"]?.target == "flex")
    #expect(outcome.registry.projects.filter { $0.label == .longTail }.count == 3)
    #expect(
      outcome.skipped == ["name of a legitimate project in the registry": 1, "archive unreadable in the data set": 1])

    let squat = try #require(projects["reqeusts"])
    #expect(squat.label == .malicious)
    #expect(squat.releases.map(\.version) == ["0.9", "1.0.0"])
    #expect(squat.releases[0].uploadTime < squat.releases[1].uploadTime)
    let added = UploadTimestamp(year: 2024, month: 5, day: 1, secondOfDay: 2 * 3_600)
    #expect(squat.releases[0].uploadTime < added)
    #expect(squat.releases[0].uploadTime > added.adding(seconds: -30 * 86_400 - 1))
    guard case .recorded(let file) = squat.releases[0].files.first else {
      Issue.record("a malicious release is served from its recorded member list")
      return
    }
    #expect(file.filename == "reqeusts-0.9.tar.gz" && file.members.count == 2)
    let owners = Set(
      outcome.registry.projects.filter { $0.label != .malicious }.flatMap { $0.ownership.roles.map(\.user) })
    #expect(squat.ownership.roles.count == 1 && !owners.contains(squat.ownership.roles[0].user))
    guard case .recorded(let wheel) = projects["flsak"]?.releases.last?.files.first else {
      Issue.record("flsak has its recorded wheel")
      return
    }
    #expect(wheel.entryPoints.map(\.name) == ["flask"])
  }

  @Test func popularProjectsCarryRealCommandsWheelsAndDependents() throws {
    let outcome = RealRegistryGenerator.generate(try sources(), sizes: .init(popular: 5, longTail: 3), seed: 4)
    let projects = Dictionary(uniqueKeysWithValues: outcome.registry.projects.map { ($0.normalizedName, $0) })
    #expect(projects["black"]?.spec.consoleScripts.map(\.name) == ["black", "blackd"])
    let flask = try #require(projects["flask"])
    let newest = try #require(flask.releases.last)
    #expect(newest.version == "3.1.0")
    guard case .prebuilt(let served) = newest.files.first else {
      Issue.record("flask's newest release is the real wheel")
      return
    }
    #expect(served.filename == "flask-3.1.0-py3-none-any.whl")
    #expect(flask.releases.dropLast().allSatisfy { numbers($0.version).lexicographicallyPrecedes([3, 1, 0]) })
    let ranking = try sources().ranking
    for (rank, name) in ranking.prefix(5).enumerated() {
      for requirement in projects[name]?.spec.requiresDist ?? [] {
        let required = String(requirement.prefix { $0 != ">" })
        #expect(ranking.prefix(rank).contains(required), "\(name) requires only projects ranked above it")
      }
    }
  }

  @Test func isDeterministicAndSamplesMaliciousProjects() throws {
    let first = RealRegistryGenerator.generate(try sources(), sizes: .init(popular: 5, longTail: 3), seed: 9)
    let second = RealRegistryGenerator.generate(try sources(), sizes: .init(popular: 5, longTail: 3), seed: 9)
    #expect(first.registry.labelsJSONLines == second.registry.labelsJSONLines)
    let sampled = RealRegistryGenerator.generate(
      try sources(), sizes: .init(popular: 5, longTail: 3, malicious: 1), seed: 9)
    #expect(sampled.registry.projects.filter { $0.label == .malicious }.count == 1)
    #expect(sampled.skipped["left out of the sample"] ?? 0 >= 1)
  }
}
