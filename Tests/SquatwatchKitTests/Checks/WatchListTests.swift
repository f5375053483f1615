import Foundation
import SquatwatchKit
import SquatwatchTestSupport
import Testing

/// Reading `--watch` files: names with reasons, owners, and errors that name the file and line.
@Suite struct WatchListTests {
  static let text = """
    # names LLM assistants hallucinate
    huggingface-cli            # Lasso Security, 2024
    Acme_Secrets               # reserved: internal vault client
      flask-gpt-tools
    owner acme-bot             # our organization account
    owner @acme.example
    owner dev@partner.test
    """

  @Test func readsNamesReasonsAndOwners() throws {
    let list = try WatchList(parsing: [(Self.text, "watch.txt")])
    #expect(list.count == 3)
    let report = try WatchedNameCheckTests.audit([RecordFactory.record("acme-secrets")], list: list)
    let finding = try #require(report.suspect("acme-secrets")?.finding(.watchedName))
    #expect(finding.evidence["reason"] == .string("reserved: internal vault client"))
    #expect(finding.evidence["list"] == .string("watch.txt:3"))
    #expect(finding.evidence["allowed_owners"] == .strings(["acme-bot", "@acme.example", "dev@partner.test"]))
  }

  @Test func aMalformedLineStopsTheRunNamingFileAndLine() throws {
    #expect {
      _ = try WatchList(parsing: [("huggingface-cli\nnot a name here\n", "list.txt")])
    } throws: { ($0 as? SquatwatchError)?.message == "list.txt:2: expected `NAME  # reason` or `owner USER  # reason`" }
    #expect {
      _ = try WatchList(parsing: [("../etc/passwd  # path\n", "list.txt")])
    } throws: {
      ($0 as? SquatwatchError)?.message.hasPrefix("list.txt:1: \"../etc/passwd\" is not a project name") ?? false
    }
  }

  @Test func loadsFilesAndRefusesAMissingOne() throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    let file = directory.url.appendingPathComponent("watch.txt")
    try Data(Self.text.utf8).write(to: file)
    #expect(try WatchList.load(paths: [file.path]).count == 3)
    #expect(throws: SquatwatchError.self) { _ = try WatchList.load(paths: [directory.path + "/missing.txt"]) }
  }
}
