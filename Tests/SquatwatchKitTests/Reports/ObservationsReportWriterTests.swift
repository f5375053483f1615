import Foundation
import SquatwatchFixtures
import SquatwatchKit
import Testing

@Suite struct ObservationsReportWriterTests {
  private func observations(_ report: AuditReport) throws -> [[String: Any]] {
    try ReportFormat.observations.render(report, width: 100, terminal: false).split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
  }

  @Test func mapsEachSuspectToAnObservationKindAndLeavesDefensiveOnesOut() throws {
    let lines = try observations(ReportSamples.handMade)
    let kinds = Dictionary(
      uniqueKeysWithValues: lines.map { ($0["project"] as? String ?? "", $0["kind"] as? String ?? "") })
    #expect(kinds == ["reqeusts": "is_dependency_confusion", "acme-helper": "is_spam", "sudo-tools": "something_else"])
    #expect(lines.allSatisfy { Set($0.keys) == ["project", "kind", "summary"] })
  }

  @Test func summaryExplainsTheVerdictFindingsAndCluster() throws {
    let lines = try observations(ReportSamples.handMade)
    let summary = try #require(lines.first { $0["project"] as? String == "acme-helper" }?["summary"] as? String)
    #expect(summary.hasPrefix("squatwatch \(SquatwatchVersion.current): likely-squat, score 0.82."))
    #expect(summary.contains("naming-cluster (0.60)"))
    #expect(summary.contains("One of 3 projects first uploaded 2025-06-30..2025-06-30, template {popular}-helper."))
  }

  @Test(.tags(.process)) func placeholdersInTheGeneratedCampaignAreSpam() throws {
    let audited = try ReportSamples.burst.get()
    let lines = try observations(audited.report)
    let campaign = Set(audited.registry.projects.filter { $0.label == .campaignSquat }.map(\.normalizedName))
    let campaignKinds = Set(
      lines.filter { campaign.contains($0["project"] as? String ?? "") }.compactMap { $0["kind"] as? String })
    #expect(campaignKinds == ["is_spam"])
    #expect(lines.count == audited.report.suspects.filter { $0.verdict != .defensivePlaceholder }.count)
  }
}
