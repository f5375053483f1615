import SquatwatchKit
import Testing

/// The dependency-confusion check on hand-built private and upstream records: claims by strangers are flagged and
/// ranked by what makes them dangerous, the organization's own published packages are reported as mirrored.
@Suite struct DependencyConfusionCheckTests {
  static let upstreamURL = "https://upstream.test/simple/"

  /// An internal project of the Acme organization: its e-mail, its repository, a release from 2024.
  static func inhouse(_ name: String, version: String = "1.4.0", date: String = "2024-01-10") -> ProjectRecord {
    RecordFactory.record(
      name, email: "platform@acme.example", releases: [(version, date)],
      repository: "https://github.com/acme/\(name)")
  }

  /// A project a stranger registered upstream under an internal name.
  static func claim(
    _ name: String, releases: [(version: String, date: String)], zeroFileReleases: [String] = []
  ) -> ProjectRecord {
    RecordFactory.record(
      name, owners: ["mallory"], email: "mallory@mail.test", releases: releases, zeroFileReleases: zeroFileReleases)
  }

  static let privateRecords = [
    inhouse("acme-billing"), inhouse("acme-auth", version: "2.3.0"), inhouse("acme-ledger"),
    inhouse("acme-utils"), inhouse("acme-internal"), inhouse("toolbox", version: "0.3.0", date: "2025-02-01"),
    inhouse("acme-cache"),
    // acme-core is depended on by three internal apps: popular on the private index, and still claimable upstream.
    inhouse("acme-core"), RecordFactory.record("app-one", requires: ["acme-core"]),
    RecordFactory.record("app-two", requires: ["acme-core"]),
    RecordFactory.record("app-three", requires: ["acme-core"]),
  ]

  static let upstream = UpstreamIndex(
    registry: upstreamURL,
    records: [
      claim("acme-billing", releases: [("99.0", "2025-06-01")]),
      claim("acme-auth", releases: [("0.0.1", "2025-06-02")]),
      claim("acme-ledger", releases: [], zeroFileReleases: ["0.0.0"]),
      claim("acme-core", releases: [("99.1", "2025-06-03")]),
      // The organization publishes its utilities on the upstream too, from the same repository and e-mail.
      RecordFactory.record(
        "acme-utils", owners: ["acme-oss"], email: "platform@acme.example", releases: [("2.0.0", "2024-05-01")],
        repository: "https://github.com/acme/acme-utils"),
      // A public project that was there for years before the internal one took its name.
      RecordFactory.established("toolbox", owners: ["tool-author"]),
    ], failures: ["acme-cache": "project page answered HTTP 500"])

  static func strings(_ value: EvidenceValue?) -> [String] {
    if case .strings(let list) = value { return list }
    return []
  }

  static func audit(_ records: [ProjectRecord] = privateRecords, upstream: UpstreamIndex = upstream) -> AuditReport {
    var auditor = SquatAuditor(knownCommands: RecordFactory.knownCommands)
    auditor.upstream = upstream
    return auditor.run(
      records: records, capabilities: RecordFactory.capabilities, registry: "https://private.test/simple/")
  }

  @Test func aStrangersHigherVersionUpstreamIsALikelySquatNamingBothSides() throws {
    let suspect = try #require(Self.audit().suspect("acme-billing"))
    #expect(suspect.verdict == .likelySquat)
    let finding = try #require(suspect.finding(.dependencyConfusion))
    #expect(finding.evidence["upstream"] == .string(Self.upstreamURL))
    #expect(finding.evidence["private_version"] == .string("1.4.0"))
    #expect(finding.evidence["upstream_version"] == .string("99.0"))
    #expect(finding.evidence["private_first_upload"] == .string("2024-01-10"))
    #expect(finding.evidence["upstream_first_upload"] == .string("2025-06-01"))
    #expect(finding.evidence["upstream_owners"] == .strings(["mallory"]))
    #expect(finding.evidence["pip_extra_index_url"] == .string("99.0 from the upstream over the private 1.4.0"))
    #expect(
      finding.evidence["raised_by"]
        == .strings([
          "the upstream project appeared after the private one", "its version is higher than every private release",
          "it shares no owner, author e-mail or repository with the private project",
        ]))
    #expect(finding.summary.contains("pip --extra-index-url would install 99.0 from the upstream"))
  }

  @Test func aLowerVersionOrAnEmptyClaimIsFlaggedBelowAHigherOne() throws {
    let report = Self.audit()
    let higher = try #require(report.suspect("acme-billing")?.finding(.dependencyConfusion))
    let lower = try #require(report.suspect("acme-auth")?.finding(.dependencyConfusion))
    let empty = try #require(report.suspect("acme-ledger")?.finding(.dependencyConfusion))
    #expect(report.suspect("acme-auth")?.verdict != .defensivePlaceholder)
    #expect(lower.score < higher.score)
    #expect(lower.evidence["pip_extra_index_url"] == .string("the private 2.3.0 (the upstream's highest is 0.0.1)"))
    #expect(empty.evidence["upstream_files"] == .number(0))
    #expect(Self.strings(empty.evidence["raised_by"]).contains("it holds no files"))
    #expect(report.suspect("acme-ledger")?.verdict == .likelySquat)
  }

  @Test func theOrganizationsOwnPublishedPackageIsMirroredNotFlagged() throws {
    let suspect = try #require(Self.audit().suspect("acme-utils"))
    #expect(suspect.verdict == .defensivePlaceholder)
    let finding = try #require(suspect.finding(.dependencyConfusion))
    #expect(finding.evidence["status"] == .string("mirrored"))
    #expect(
      finding.evidence["shared"]
        == .strings(["author e-mail platform@acme.example", "repository github.com/acme/acme-utils"]))
    #expect(finding.summary.hasPrefix("mirrored:"))
    #expect(suspect.score < 0.5)
  }

  @Test func aSharedOwnerAccountAloneMakesItMirrored() throws {
    let mine = RecordFactory.record("acme-sdk", owners: ["acme-bot"], releases: [("1.0.0", "2024-01-01")])
    let theirs = RecordFactory.record("acme-sdk", owners: ["acme-bot", "oss"], releases: [("1.1.0", "2024-03-01")])
    let report = Self.audit([mine], upstream: UpstreamIndex(registry: Self.upstreamURL, records: [theirs]))
    let finding = try #require(report.suspect("acme-sdk")?.finding(.dependencyConfusion))
    #expect(finding.evidence["shared"] == .strings(["owner acme-bot"]))
    #expect(report.suspect("acme-sdk")?.verdict == .defensivePlaceholder)
  }

  /// Owners upstream, only an e-mail on the private side: nothing to compare, so no stranger is assumed.
  @Test func identitiesOfDifferentKindsAreNotCompared() throws {
    let mine = RecordFactory.htmlOnly(Self.inhouse("acme-sdk"))
    let theirs = RecordFactory.record("acme-sdk", owners: ["acme-bot"], releases: [("1.4.0", "2024-03-01")])
    let report = Self.audit([mine], upstream: UpstreamIndex(registry: Self.upstreamURL, records: [theirs]))
    let finding = try #require(report.suspect("acme-sdk")?.finding(.dependencyConfusion))
    #expect(
      finding.evidence["identity"]
        == .string("not compared: the private project gives only e-mails, the upstream one only owners"))
    #expect(finding.evidence["raised_by"] == nil)
    #expect(finding.score == DependencyConfusionCheckTests.collisionScore)
    #expect(report.degradedChecks.contains { $0.check == .dependencyConfusion && $0.missingSignal == "ownership" })
  }

  static let collisionScore = 0.55

  @Test func anOlderPublicProjectCollidesButRanksBelowAClaim() throws {
    let report = Self.audit()
    let older = try #require(report.suspect("toolbox")?.finding(.dependencyConfusion))
    let claim = try #require(report.suspect("acme-billing")?.finding(.dependencyConfusion))
    #expect(older.score < claim.score)
    #expect(!Self.strings(older.evidence["raised_by"]).contains("the upstream project appeared after the private one"))
  }

  @Test func aPopularInternalProjectIsStillChecked() throws {
    let suspect = try #require(Self.audit().suspect("acme-core"))
    #expect(suspect.finding(.dependencyConfusion)?.evidence["upstream_version"] == .string("99.1"))
  }

  @Test func anUnreadableUpstreamProjectIsReportedAsACollision() throws {
    let finding = try #require(Self.audit().suspect("acme-cache")?.finding(.dependencyConfusion))
    #expect(finding.evidence["upstream_error"] == .string("project page answered HTTP 500"))
    #expect(finding.score >= 0.5)
    let report = Self.audit()
    #expect(
      report.degradedChecks.contains { $0.check == .dependencyConfusion && $0.missingSignal == "simple-page" })
  }

  @Test func onlyCollisionsAreChecked() throws {
    #expect(Self.audit().suspect("acme-internal") == nil)
    let nothingUpstream = Self.audit(upstream: UpstreamIndex(registry: Self.upstreamURL, records: []))
    #expect(nothingUpstream.suspects.allSatisfy { $0.finding(.dependencyConfusion) == nil })
  }

  /// An HTML-only private index (Artifactory, Nexus, pypiserver): no owners, no upload times; the author e-mail and
  /// repository of the inspected wheels still tell the organization's own upstream packages from claims.
  @Test func anHTMLOnlyPrivateIndexStillTellsMirroredFromClaimed() throws {
    let report = Self.audit(Self.privateRecords.map(RecordFactory.htmlOnly))
    #expect(report.suspect("acme-utils")?.verdict == .defensivePlaceholder)
    let claim = try #require(report.suspect("acme-billing"))
    #expect(claim.verdict == .likelySquat)
    #expect(claim.finding(.dependencyConfusion)?.evidence["private_first_upload"] == nil)
    let degraded = report.degradedChecks.filter { $0.check == .dependencyConfusion }
    #expect(degraded.contains { $0.missingSignal == "upload-times" })
  }
}
