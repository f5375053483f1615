import Foundation
import SquatwatchFixtures
import SquatwatchKit
import Testing

@Suite struct NightlyReplayGeneratorTests {
  /// Real-looking popular names and a long tail, enough for every population.
  private static let ranking: [String] =
    [
      "requests", "numpy", "django", "flask", "pytest", "fastapi", "langchain", "pandas", "huggingface-hub", "openai",
      "mkdocs", "sphinx", "boto3", "urllib3", "httpx", "pydantic", "black", "click", "rich", "scipy",
    ] + (0..<400).map { "tail-project-\($0)" }

  private static let knownCommands = KnownCommands(
    projects: ["huggingface-hub": .init(commands: ["huggingface-cli"], imports: ["huggingface_hub"])],
    systemCommands: ["pip", "python"])

  private static let replay = NightlyReplayGenerator.generate(
    ranking: ranking, knownCommands: knownCommands,
    sizes: .init(popular: 20, longTail: 100, nights: 16, legitimatePerNight: 300, updatesPerNight: 10), seed: 3)

  @Test func campaignFollowsTheProfileNightByNight() {
    var perNight = [Int](repeating: 0, count: 17)
    for entry in Self.replay.entries where entry.project.label == .campaignSquat { perNight[entry.night] += 1 }
    #expect(perNight == [0, 9, 295, 39, 119, 740, 249, 46, 0, 0, 0, 0, 0, 0, 0, 16, 12])
    for entry in Self.replay.entries where entry.project.label == .campaignSquat {
      #expect(entry.project.spec.modules.isEmpty && entry.project.releases.count == 1)
      #expect(entry.project.target != nil)
      let upload = entry.project.releases[0].uploadTime
      #expect(
        upload >= Self.replay.cutoff(ofNight: entry.night - 1) && upload < Self.replay.cutoff(ofNight: entry.night))
    }
    let campaign = Self.replay.entries.filter { $0.project.label == .campaignSquat }
    let accounts = Set(campaign.flatMap { $0.project.ownership.roles.map(\.user) })
    #expect(accounts.count * 4 >= campaign.count, "many fresh accounts, at most four projects each")
  }

  @Test func everyNightBringsAtLeast300LegitimateProjectsOfEveryKind() {
    let legitimate: Set<ProjectLabel> = [
      .plugin, .aiTool, .personalTool, .tutorial, .companyFamily, .placeholder, .newSmall,
    ]
    for night in 1...16 {
      let arrived = Self.replay.entries.filter { $0.night == night && legitimate.contains($0.project.label) }
      #expect(arrived.count >= 300)
      #expect(Set(arrived.map(\.project.label)) == legitimate)
    }
    #expect(Self.replay.entries.filter { $0.night == 0 }.count == 120)
  }

  @Test func companyFamiliesAreOneAccountsDozenWithCodeWithinAnHour() throws {
    let family = Self.replay.entries.filter { $0.night == 1 && $0.project.label == .companyFamily }.map(\.project)
    #expect(family.count == 12)
    #expect(family.allSatisfy { $0.ownership == family[0].ownership })
    #expect(Set(family.map { $0.name.split(separator: "-")[0] }).count == 1)
    #expect(family.allSatisfy { !$0.spec.modules.isEmpty && $0.spec.modules.allSatisfy { !$0.source.isEmpty } })
    let times = family.map { $0.releases[0].uploadTime.microseconds }
    #expect(try #require(times.max()) - (try #require(times.min())) < 3_600 * 1_000_000)
  }

  @Test func placeholdersImitateNothingAndHoldAnEmptyModule() {
    let placeholders = Self.replay.entries.filter { $0.project.label == .placeholder }.map(\.project)
    #expect(!placeholders.isEmpty)
    for project in placeholders {
      #expect(project.target == nil)
      #expect(project.spec.modules.count == 1 && project.spec.modules[0].source.isEmpty)
    }
  }

  @Test func registryAfterANightHoldsOnlyWhatWasUploadedAndSerialsOnlyRise() throws {
    let third = Self.replay.registry(afterNight: 3)
    let fourth = Self.replay.registry(afterNight: 4)
    let expected = Self.replay.entries.filter { $0.night <= 3 }.count
    #expect(third.projects.count == expected)
    #expect(third.projects.allSatisfy { $0.releases.allSatisfy { $0.uploadTime < Self.replay.cutoff(ofNight: 3) } })
    let later = Dictionary(uniqueKeysWithValues: fourth.projects.map { ($0.normalizedName, $0.lastSerial) })
    for project in third.projects { #expect(project.lastSerial <= later[project.normalizedName] ?? 0) }
    let changed = Self.replay.changedProjects(onNight: 4)
    let arrived = Set(Self.replay.entries.filter { $0.night == 4 }.map(\.project.normalizedName))
    #expect(arrived.isSubset(of: changed))
    let updated = changed.subtracting(arrived)
    #expect(!updated.isEmpty, "existing projects release new versions too")
    for name in updated {
      #expect(later[name] ?? 0 > third.projects.first { $0.normalizedName == name }?.lastSerial ?? .max)
    }
  }

  @Test func labelsGiveEveryProjectsNight() throws {
    let lines = Self.replay.labelsJSONLines.split(separator: "\n")
    #expect(lines.count == Self.replay.entries.count)
    let first = try #require(
      try JSONSerialization.jsonObject(with: Data(lines[lines.count - 1].utf8)) as? [String: Any])
    #expect(first["night"] as? Int == Self.replay.entries.last?.night)
  }
}
