import Testing

@testable import SquatwatchKit

@Suite struct CoreMetadataParserTests {
  @Test func readsSingleAndMultiValuedFields() {
    let text = """
      Metadata-Version: 2.5
      Name: demo-pkg
      Version: 1.0
      Summary: A demo
        continued
      Author-email: a@example.com
      Home-page: https://example.com
      Project-URL: Source, https://example.com/src
      Project-URL: Docs, https://example.com/docs
      Requires-Dist: requests>=2
      Requires-Dist: click; extra == "cli"
      Import-Name: demo
      Import-Name: _demo_private; private
      Import-Name:

      Name: not-a-header
      Body text.
      """
    let metadata = CoreMetadataParser.parse(text)
    #expect(metadata.name == "demo-pkg")
    #expect(metadata.version == "1.0")
    #expect(metadata.summary == "A demo continued")
    #expect(metadata.authorEmail == "a@example.com")
    #expect(metadata.homePage == "https://example.com")
    #expect(metadata.projectURLs == ["Source, https://example.com/src", "Docs, https://example.com/docs"])
    #expect(metadata.requiresDist == ["requests>=2", "click; extra == \"cli\""])
    #expect(metadata.importNames == ["demo", "_demo_private"])
    #expect(metadata.declaresImportNames)
  }

  @Test func reportsNoImportNamesWhenTheFieldIsAbsent() {
    let metadata = CoreMetadataParser.parse("Name: x\nVersion: 1\n")
    #expect(!metadata.declaresImportNames)
    #expect(metadata.importNames.isEmpty)
  }
}
