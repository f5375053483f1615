import Foundation
import Testing

@testable import SquatwatchKit

@Suite struct ProjectFactsTests {
  @Test func storedFactsReadBackFieldForField() throws {
    var record = RecordFactory.established("parsewell", owners: ["ana"], scripts: ["parsewell"], requires: ["attrs"])
    record.metadata?.authorEmail = "Ana <ana@example.org>, bo@example.org"
    record.metadata?.organization = "Parse\u{0}Org"
    let facts = ProjectFacts(record: record)
    let restored = try #require(ProjectFacts(payload: facts.payload))
    #expect(restored.payload == facts.payload)
    #expect(restored.firstUpload == facts.firstUpload && restored.firstUpload != nil)
    #expect(restored.scripts == ["parsewell"])
    #expect(restored.emails == ["ana@example.org", "bo@example.org"])
    // A NUL cannot end a stored value early (it would in a C string).
    #expect(restored.organization == "parse\u{2400}org")
  }

  @Test func factsOfAnotherLayoutAreRefused() throws {
    let facts = ProjectFacts(record: RecordFactory.record("parsewell"))
    var object = try #require(try JSONSerialization.jsonObject(with: facts.payload) as? [String: Any])
    object["fileCount"] = nil
    #expect(ProjectFacts(payload: try JSONSerialization.data(withJSONObject: object)) == nil)
    object["fileCount"] = "many"
    #expect(ProjectFacts(payload: try JSONSerialization.data(withJSONObject: object)) == nil)
    #expect(ProjectFacts(payload: Data("not json".utf8)) == nil)
  }
}
