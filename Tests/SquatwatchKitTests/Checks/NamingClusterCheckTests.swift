import SquatwatchKit
import Testing

@Suite struct NamingClusterCheckTests {
  let popular = ["requests", "numpy", "pandas", "flask", "django", "boto3", "scipy", "pytest", "httpx", "rich"]

  /// 30 empty projects from 10 accounts on one mail domain over two days, named `<popular>-<affix>`.
  private func burst() -> [ProjectRecord] {
    let affixes = ["cli", "sdk", "tools"]
    return (0..<30).map { index in
      RecordFactory.record(
        "\(popular[index % 10])-\(affixes[index / 10])", owners: ["acct\(index % 10)"],
        email: "user\(index % 10)@burstmail.test", summary: "", description: "",
        releases: [("0.0.1", index < 20 ? "2025-06-30" : "2025-07-01")], code: RecordFactory.metadataOnly,
        fileSize: 1_180)
    }
  }

  @Test func findsTheBurstAsOneCluster() throws {
    let records = burst() + popular.map { RecordFactory.established($0, owners: ["maintainer-\($0)"]) }
    let report = RecordFactory.audit(records, popular: popular)
    #expect(report.clusters.count == 1)
    let cluster = try #require(report.clusters.first)
    #expect(cluster.members.count == 30)
    #expect(cluster.firstUpload == "2025-06-30T12:00:00Z")
    #expect(cluster.lastUpload == "2025-07-01T12:00:00Z")
    #expect(cluster.signals.contains { $0.hasPrefix("email-domain burstmail.test (30 of 30)") })
    #expect(cluster.signals.contains { $0.hasPrefix("empty-content") || $0.hasPrefix("empty content") })
    #expect(cluster.signals.contains("10 owner account(s)"))
    let member = try #require(report.suspect("numpy-sdk"))
    #expect(member.cluster == cluster.id)
    #expect(member.verdict == .likelySquat)
    #expect(member.finding(.namingCluster)?.evidence["target"] == .string("numpy"))
  }

  @Test func unrelatedProjectsSharingOnlyGmailAreNoCluster() {
    let records = (0..<30).map { index in
      RecordFactory.record(
        "solo\(index)lib", owners: ["person\(index)"], email: "person\(index)@gmail.com",
        summary: "Library number \(index) for something", description: "Its own readme \(index)",
        releases: [("0.1.0", "2025-06-30")],
        repository: "https://github.com/person\(index)/p\(index)", fileSize: 20_000 + index)
    }
    let report = RecordFactory.audit(records, popular: popular)
    #expect(report.clusters.isEmpty)
    #expect(report.suspects.isEmpty)
  }

  @Test func oneAccountsOwnFamilyWithCodeIsNoCampaign() {
    // A company publishing a dozen `<brand>-<word>` projects with code in an hour, one account and one e-mail.
    let words = ["auth", "billing", "events", "files", "graph", "ledger", "mail", "queue", "search", "store"]
    let records = words.map { word in
      RecordFactory.record(
        "zentrova-\(word)", owners: ["zentrova-bot"], email: "dev@zentrova.test", summary: "Zentrova \(word) client",
        releases: [("0.1.0", "2025-06-30")], fileSize: 9_000)
    }
    let report = RecordFactory.audit(records, popular: popular)
    #expect(report.clusters.isEmpty)
    #expect(report.suspects.isEmpty)
  }

  @Test func establishedProjectsNeverFormACluster() {
    let records = (0..<10).map { index in
      RecordFactory.record(
        "family-member-\(index)", owners: ["org-bot"], email: "dev@company.test",
        releases: (0..<6).map { ("\($0).0.\(index)", "20\(18 + $0)-01-0\(1 + index % 2)") })
    }
    #expect(RecordFactory.audit(records, popular: popular).clusters.isEmpty)
  }
}
