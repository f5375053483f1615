import Testing

@testable import SquatwatchKit

@Suite struct RecordParserTests {
  @Test func readsRowsWithQuotedFields() {
    let text = """
      pkg/__init__.py,sha256=abc,12
      "pkg/odd, ""name"".py",sha256=def,34
      pkg-1.0.dist-info/RECORD,,

      """
    let rows = RecordParser.parse(text)
    #expect(
      rows == [
        RecordEntry(path: "pkg/__init__.py", hash: "sha256=abc", size: 12),
        RecordEntry(path: "pkg/odd, \"name\".py", hash: "sha256=def", size: 34),
        RecordEntry(path: "pkg-1.0.dist-info/RECORD", hash: "", size: nil),
      ])
  }
}
