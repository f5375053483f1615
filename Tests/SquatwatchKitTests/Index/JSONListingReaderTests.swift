import Foundation
import Testing

@testable import SquatwatchKit

@Suite struct JSONListingReaderTests {
  private func entries(_ json: String) throws(SquatwatchError) -> [String?] {
    var names: [String?] = []
    _ = try JSONListingReader.read(Data(json.utf8)) { (name: String?, _: Int?) throws(SquatwatchError) in
      names.append(name)
    }
    return names
  }

  @Test func readsEntriesMetaAndSerialsInAnyMemberOrder() throws {
    var serials: [Int?] = []
    let meta = try JSONListingReader.read(
      Data(
        #"{"projects":[{"_last-serial":"4","name":"a"},{"name":"b","_last-serial":5.0},{"name":"c","_last-serial":1.5}],"meta":{"_last-serial":9,"api-version":"1.1"}}"#
          .utf8)
    ) { (_: String?, serial: Int?) throws(SquatwatchError) in serials.append(serial) }
    #expect(serials == [4, 5, nil])
    #expect(meta.lastSerial == 9)
    #expect(meta.apiVersion == "1.1")
  }

  @Test func decodesEscapesAsCJSONDoes() throws {
    #expect(try entries(#"{"projects":[{"name":"caf\u00e9\ud83d\ude00\n\/"}]}"#) == ["café😀\n/"])
    // An escaped NUL would cut a C string short; it is kept visible as U+2400.
    #expect(try entries(#"{"projects":[{"name":"a\u0000b"}]}"#) == ["a\u{2400}b"])
  }

  @Test func takesTheFirstOfDuplicateKeys() throws {
    #expect(try entries(#"{"projects":[{"name":"first","name":"second"}],"projects":[{"name":"x"}]}"#) == ["first"])
  }

  @Test func costsAWrongTypeOnlyItsEntry() throws {
    #expect(try entries(#"{"projects":[{"name":1},"text",null,[1],{"name":"ok"}]}"#) == [nil, nil, nil, nil, "ok"])
  }

  @Test func refusesBrokenDocuments() {
    let broken = [
      "", "[1,2", #"{"projects":[{"name":"a"}"#, #"{"projects":[]} trailing"#, #"{"projects":[01]}"#,
      #"{"projects":["\x"]}"#, #"{"projects":["\ud800"]}"#, #"{"projects":[tru]}"#, #"{"projects":[1,]}"#,
      #"{"projects":"nope"}"#, #"{"meta":{}}"#, "[]",
    ]
    for text in broken {
      #expect(throws: SquatwatchError.self, "\(text)") { try entries(text) }
    }
  }

  @Test func refusesNestingPastCJSONsLimitWithoutRecursion() throws {
    let deep = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
    #expect(throws: SquatwatchError.self) { try entries(#"{"projects":[],"x":\#(deep)}"#) }
    let allowed = String(repeating: "[", count: 900) + String(repeating: "]", count: 900)
    #expect(try entries(#"{"projects":[],"x":\#(allowed)}"#) == [])
  }
}
