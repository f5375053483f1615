import Foundation
import SquatwatchKit
import Testing

@Suite struct JSONReportWriterTests {
  private func sampleReport() -> AuditReport {
    let records = [
      RecordFactory.established("huggingface-hub", owners: ["hf"], scripts: ["huggingface-cli"]),
      RecordFactory.record(
        "huggingface-cli", owners: ["x"], summary: "", description: "", code: RecordFactory.metadataOnly),
    ]
    return SquatAuditor(
      popularList: RecordFactory.popular(["huggingface-hub"]), knownCommands: RecordFactory.knownCommands
    )
    .run(
      records: records, capabilities: RecordFactory.capabilities, registry: "https://pypi.org/simple/",
      generatedAt: Date(timeIntervalSince1970: 1_751_284_800))
  }

  @Test func followsTheContract() throws {
    let data = try JSONReportWriter.data(sampleReport())
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(
      Set(root.keys) == [
        "registry", "generated_at", "projects_scanned", "suspects", "placeholders", "clusters", "degraded_checks",
        "uploads_per_day", "allowlisted",
      ])
    #expect(root["generated_at"] as? String == "2025-06-30T12:00:00Z")
    #expect(root["projects_scanned"] as? Int == 2)
    let suspects = try #require(root["suspects"] as? [[String: Any]])
    let first = try #require(suspects.first)
    #expect(Set(first.keys) == ["project", "score", "verdict", "findings", "cluster", "first_upload", "owners"])
    #expect(first["first_upload"] as? String == "2025-03-01")
    #expect(first["owners"] as? [String] == ["x"])
    let days = try #require(root["uploads_per_day"] as? [[String: Any]])
    #expect(
      days.map { "\($0["day"] ?? "") \($0["projects"] ?? "") \($0["flagged"] ?? "")" } == [
        "2017-05-01 1 0", "2025-03-01 1 1",
      ])
    #expect(first["project"] as? String == "huggingface-cli")
    #expect(first["verdict"] as? String == "likely-squat")
    #expect(first["cluster"] is NSNull)
    let findings = try #require(first["findings"] as? [[String: Any]])
    #expect(findings.allSatisfy { Set($0.keys) == ["check", "score", "summary", "evidence"] })
    let checks = Set(findings.compactMap { $0["check"] as? String })
    #expect(checks == ["entry-point-hijack", "empty-package"])
    let evidence = try #require(findings.first?["evidence"] as? [String: Any])
    #expect(evidence.values.allSatisfy { $0 is String || $0 is NSNumber || $0 is [String] })
  }

  @Test func roundTrips() throws {
    let report = sampleReport()
    let decoded = try JSONReportWriter.report(from: try JSONReportWriter.data(report))
    #expect(decoded.suspects.map(\.project) == report.suspects.map(\.project))
    #expect(decoded.suspects.first?.findings.first?.evidence == report.suspects.first?.findings.first?.evidence)
    #expect(decoded.generatedAt == report.generatedAt)
  }

  @Test func clustersCarryTheirContractKeys() throws {
    let cluster = ClusterReport(
      id: "cluster-1", members: ["a", "b"], firstUpload: "2025-06-30T00:00:00Z", lastUpload: "2025-07-01T00:00:00Z",
      signals: ["email-domain inbox.ru (2 of 2)"], template: "{popular}-cli")
    let report = AuditReport(
      registry: "r", generatedAt: Date(timeIntervalSince1970: 0), projectsScanned: 2, suspects: [], clusters: [cluster],
      degradedChecks: [])
    let root = try #require(try JSONSerialization.jsonObject(with: JSONReportWriter.data(report)) as? [String: Any])
    let clusters = try #require(root["clusters"] as? [[String: Any]])
    #expect(Set(clusters[0].keys) == ["id", "members", "first_upload", "last_upload", "signals", "template"])
  }
}
