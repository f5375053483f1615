import Foundation
import SquatwatchKit
import Testing

@Suite struct JSONAPIParserTests {
  @Test func readsInfoReleasesAndOwnership() throws {
    let body = Data(
      #"""
      {"info":{"name":"Demo","version":"1.0","summary":"Add your description here","description":"long text",
        "author_email":"a@inbox.ru","project_urls":{"Source":"https://github.com/a/demo","Bad":3},
        "requires_dist":["requests>=2",null],"classifiers":[]},
       "releases":{"0.0.1":[],"1.0":[{"upload_time_iso_8601":"2025-06-30T10:00:00.000000Z","yanked":false},
                                     {"upload_time":"2025-06-29T09:00:00","yanked":false}]},
       "last_serial":"123",
       "ownership":{"roles":[{"role":"Owner","user":"alice"},{"role":"Maintainer","user":"bob"}],"organization":"acme"}}
      """#.utf8)
    let metadata = try JSONAPIParser.parse(body)
    #expect(metadata.name == "Demo")
    #expect(metadata.summary == "Add your description here")
    #expect(metadata.projectURLs == ["Source": "https://github.com/a/demo"])
    #expect(metadata.requiresDist == ["requests>=2"])
    #expect(metadata.releases.map(\.version).sorted() == ["0.0.1", "1.0"])
    #expect(metadata.releases.first { $0.version == "0.0.1" }?.fileCount == 0)
    #expect(metadata.releases.first { $0.version == "1.0" }?.firstUpload == "2025-06-29T09:00:00")
    #expect(metadata.owners.map(\.user) == ["alice", "bob"])
    #expect(metadata.organization == "acme")
    #expect(metadata.lastSerial == 123)
    #expect(metadata.descriptionSHA256?.count == 64)
  }

  @Test func keepsOnlyTheStartOfAHugeDescription() throws {
    let text = String(repeating: "x", count: 100_000)
    let body = try JSONSerialization.data(withJSONObject: ["info": ["name": "big", "description": text]])
    let metadata = try JSONAPIParser.parse(body)
    #expect(metadata.description?.count == ProjectMetadata.descriptionLimit)
  }

  @Test func refusesADocumentWithoutInfo() {
    #expect(throws: SquatwatchError.self) { try JSONAPIParser.parse(Data(#"{"releases":{}}"#.utf8)) }
    #expect(throws: SquatwatchError.self) { try JSONAPIParser.parse(Data("<html>".utf8)) }
  }

  @Test func toleratesHugeNumbersAndDuplicateKeys() throws {
    let body = Data(#"{"info":{"name":"a","name":"b"},"last_serial":1e400}"#.utf8)
    let metadata = try JSONAPIParser.parse(body)
    #expect(["a", "b"].contains(metadata.name))
    #expect(metadata.lastSerial == nil)
  }
}
