import SquatwatchFixtures
import SquatwatchKit
import Testing

@Suite struct RegistryGeneratorTests {
  @Test func isDeterministicForASeed() {
    let first = RegistryGenerator.generate(projectCount: 400, seed: 7)
    let second = RegistryGenerator.generate(projectCount: 400, seed: 7)
    let other = RegistryGenerator.generate(projectCount: 400, seed: 8)
    func fingerprint(_ registry: GeneratedRegistry) -> [String] {
      registry.projects.map { project in
        "\(project.name) \(project.label.rawValue) \(project.lastSerial) "
          + project.releases.map { "\($0.version)@\($0.uploadTime.iso8601)" }.joined(separator: ",")
          + project.spec.modules.map(\.source).joined()
      }
    }
    #expect(fingerprint(first) == fingerprint(second))
    #expect(fingerprint(first) != fingerprint(other))
    #expect(first.labelsJSONLines == second.labelsJSONLines)
  }

  @Test func producesEveryPopulationWithUniqueValidNames() {
    let registry = RegistryGenerator.generate(projectCount: 1_000, seed: 3)
    #expect(registry.projects.count == 1_000)
    #expect(Set(registry.projects.map(\.label)) == Set(RegistryGenerator.populations))
    #expect(Set(registry.projects.map(\.normalizedName)).count == 1_000)
    #expect(registry.projects.allSatisfy { ProjectName.isValid($0.name) })
    let popular = Set(registry.projects.filter { $0.label == .popular }.map(\.name))
    for project in registry.projects where project.label.isSquat || project.label == .defensive {
      if let target = project.target { #expect(popular.contains(target)) }
    }
    #expect(registry.projects.contains { $0.name == "huggingface-cli" && $0.label == .commandShadow })
  }

  @Test func campaignIsABurstOfEmptyLookAlikesFromAccountsOnOneDomain() throws {
    let registry = RegistryGenerator.generate(projectCount: 2_000, seed: 11)
    let campaign = registry.projects.filter { $0.label == .campaignSquat }
    #expect(campaign.count == 60)
    #expect(campaign.allSatisfy { $0.spec.modules.isEmpty && $0.releases.count == 1 })
    let domains = Set(campaign.compactMap { $0.spec.authorEmail?.split(separator: "@").last })
    #expect(domains.count == 1)
    let accounts = Set(campaign.flatMap { $0.ownership.roles.map(\.user) })
    #expect(accounts.count == 10)
    var perDay: [String: Int] = [:]
    for project in campaign { perDay[project.releases[0].uploadTime.day, default: 0] += 1 }
    let peak = try #require(perDay.values.max())
    #expect(peak * 3 > campaign.count)
    let popular = registry.projects.filter { $0.label == .popular }
    let oldest = try #require(popular.compactMap { $0.releases.first }.map(\.uploadTime).min())
    #expect(registry.now.microseconds - oldest.microseconds > 5 * 365 * 86_400 * 1_000_000)
  }

  @Test func defensiveRegistrationsShareTheirTargetsOwners() throws {
    let registry = RegistryGenerator.generate(projectCount: 600, seed: 5)
    for project in registry.projects where project.label == .defensive {
      let target = try #require(registry.projects.first { $0.name == project.target })
      #expect(project.ownership == target.ownership)
      #expect(project.spec.modules.isEmpty)
    }
  }
}
