import Foundation
import Testing

@testable import SquatwatchKit

@Suite struct JSONTreeTests {
  static func read<T>(_ text: String, _ body: (JSONTree.Value) -> T) throws -> T {
    try JSONTree.read(Data(text.utf8), what: "test document") { value throws(SquatwatchError) in body(value) }
  }

  @Test func readsEachFieldOnlyAsItsOwnType() throws {
    let text =
      #"{"name":"demo","serial":"42","count":7,"big":1e300,"flag":true,"list":["a",1,"b"],"map":{"k":"v","n":2}}"#
    try Self.read(text) { root in
      #expect(root["name"]?.string == "demo")
      #expect(root["serial"]?.integer == 42)
      #expect(root["count"]?.integer == 7)
      #expect(root["count"]?.string == nil)
      #expect(root["big"]?.integer == nil)
      #expect(root["flag"]?.bool == true)
      #expect(root["name"]?.bool == nil)
      #expect(root["list"]?.strings == ["a", "b"])
      #expect(root["map"]?.stringMap == ["k": "v"])
      #expect(root["name"]?["nested"] == nil)
      #expect(root["Name"] == nil)
    }
  }

  @Test func anEscapedNULNeverShortensAString() throws {
    // Read as a C string, "a\u0000b" would become the valid project name "a".
    let name = try Self.read(#"{"name":"a\u0000b","text":"\\u0000"}"#) { $0["name"]?.string }
    #expect(name == "a\u{2400}b")
    #expect(try Self.read(#"{"text":"\\u0000"}"#) { $0["text"]?.string } == #"\u0000"#)
  }

  @Test func refusesWhatIsNotJSON() {
    for text in ["", "{", "<html>", String(repeating: "[", count: 5000)] {
      #expect(throws: SquatwatchError.self) { try Self.read(text) { _ in 0 } }
    }
  }
}
