import SquatwatchKit
import Testing

/// The watched-name check: a watched name, or one edit from one, taken by someone its list does not allow.
@Suite struct WatchedNameCheckTests {
  static func list() throws -> WatchList {
    try WatchList(parsing: [
      (
        """
        huggingface-cli   # hallucinated by LLM assistants (Lasso Security, 2024)
        ai                # too short for one-edit matches
        """, "hallucinated.txt"
      ),
      (
        """
        acme-billing      # internal
        acme-vault        # internal
        owner acme-bot
        owner @acme.example
        """, "internal.txt"
      ),
    ])
  }

  static func audit(_ records: [ProjectRecord], list: WatchList? = nil) throws -> AuditReport {
    var auditor = SquatAuditor(knownCommands: RecordFactory.knownCommands)
    auditor.watchList = try list ?? Self.list()
    return auditor.run(
      records: records, capabilities: RecordFactory.capabilities, registry: "https://index.test/simple/")
  }

  static func fresh(_ name: String, owners: [String] = ["stranger"], email: String? = nil) -> ProjectRecord {
    RecordFactory.record(name, owners: owners, email: email, releases: [("0.1.0", "2025-06-01")])
  }

  @Test func aWatchedNameTakenByAStrangerIsALikelySquat() throws {
    let suspect = try #require(try Self.audit([Self.fresh("huggingface-cli")]).suspect("huggingface-cli"))
    #expect(suspect.verdict == .likelySquat)
    let finding = try #require(suspect.finding(.watchedName))
    #expect(finding.evidence["match"] == .string("exact"))
    #expect(finding.evidence["reason"] == .string("hallucinated by LLM assistants (Lasso Security, 2024)"))
    #expect(
      finding.summary
        == "name is on the watch list hallucinated.txt:1 (hallucinated by LLM assistants (Lasso Security, 2024))")
  }

  @Test(arguments: [
    ("huggingface-cl1", "a character changed"), ("hugginface-cli", "a character dropped"),
    ("huggingface-clii", "a character added"), ("hugigngface-cli", "two characters swapped"),
    ("huggingfacecli", "the separator dropped"),
  ])
  func oneEditFromAWatchedNameIsFlagged(name: String, edit: String) throws {
    let finding = try #require(try Self.audit([Self.fresh(name)]).suspect(name)?.finding(.watchedName), "\(edit)")
    #expect(finding.evidence["match"] == .string("one edit"))
    #expect(finding.evidence["watched"] == .string("huggingface-cli"))
  }

  @Test func twoEditsAndShortNamesMatchOnlyExactly() throws {
    let report = try Self.audit([Self.fresh("hugginface-cl"), Self.fresh("aj"), Self.fresh("ai")])
    #expect(report.suspect("hugginface-cl") == nil)
    #expect(report.suspect("aj") == nil)
    #expect(report.suspect("ai")?.finding(.watchedName) != nil)
  }

  @Test func theListedOwnersMayHoldTheirNames() throws {
    let report = try Self.audit([
      Self.fresh("acme-vault", owners: ["acme-bot"]),
      Self.fresh("acme-billing", owners: [], email: "Platform <platform@acme.example>"),
      Self.fresh("acme-biling", owners: ["mallory"]),
    ])
    #expect(report.suspect("acme-vault") == nil)
    #expect(report.suspect("acme-billing") == nil)
    let slip = try #require(report.suspect("acme-biling")?.finding(.watchedName))
    #expect(slip.summary.contains("held by none of acme-bot, @acme.example (owners mallory)"))
    // The owners of one file do not hold another file's names.
    let other = try Self.audit([Self.fresh("huggingface-cli", owners: ["acme-bot"])])
    #expect(other.suspect("huggingface-cli")?.finding(.watchedName) != nil)
  }

  @Test func yearsOfHistoryLowerAWatchedNameThatPredatesTheList() throws {
    let old = RecordFactory.established("huggingface-cli", owners: ["someone"])
    let fresh = try #require(try Self.audit([Self.fresh("huggingface-cli")]).suspect("huggingface-cli"))
    let aged = try Self.audit([old]).suspect("huggingface-cli")
    #expect((aged?.score ?? 0) < fresh.score)
  }
}
