import Foundation
import SquatwatchKit
import Testing

@Suite struct SimpleIndexParserTests {
  @Test func readsAPyPIStyleJSONListingWithSerials() throws {
    let body = Data(
      #"{"meta":{"api-version":"1.4","_last-serial":99},"projects":[{"name":"Foo.Bar","_last-serial":7},{"name":"foo_bar","_last-serial":8},{"name":"baz"}]}"#
        .utf8)
    let listing = try SimpleIndexParser.parseListing(body, format: .json)
    #expect(listing.entries.map(\.name) == ["foo-bar", "baz"])
    #expect(listing.entries.first?.serial == 7)
    #expect(listing.entries.first?.displayName == "Foo.Bar")
    #expect(listing.lastSerial == 99)
    #expect(listing.apiVersion == "1.4")
  }

  @Test func keepsOnlyTheWantedEntriesButCountsThemAll() throws {
    let html = (0..<1000).map { "<a href=\"p\($0)/\">P_\($0)</a>" }.joined()
    let listing = try SimpleIndexParser.parseListing(Data(html.utf8), format: .html, keeping: ["p-7", "absent"])
    #expect(listing.entries.map(\.name) == ["p-7"])
    #expect(listing.entries.first?.displayName == "P_7")
    #expect(listing.listedCount == 1000)
    let json = #"{"projects":[{"name":"a","_last-serial":1},{"name":"b"}]}"#
    let kept = try SimpleIndexParser.parseListing(Data(json.utf8), format: .json, keeping: ["b"])
    #expect(kept.entries.map(\.name) == ["b"])
    #expect(kept.hasSerials)
  }

  @Test func dropsHostileNamesAndWrongTypesFromAListing() throws {
    let body = Data(
      #"{"meta":{"_last-serial":"12"},"projects":[{"name":"../../etc/passwd"},{"name":42},{"name":"ok","_last-serial":"3"},{"name":"/abs"},{"name":"caf\u00e9"}]}"#
        .utf8)
    let listing = try SimpleIndexParser.parseListing(body, format: .json)
    #expect(listing.entries.map(\.name) == ["ok"])
    #expect(listing.entries.first?.serial == 3)
    #expect(listing.rejectedNames == 4)
    #expect(listing.lastSerial == 12)
  }

  @Test func readsAPEP503HTMLListing() throws {
    let html = """
      <!DOCTYPE html><html><head><meta name="pypi:repository-version" content="1.0"></head><body>
      <a href="/simple/requests/">requests</a>
      <A HREF="Django/">Django</A>
      <a href="zope-interface/"></a>
      </body></html>
      """
    let listing = try SimpleIndexParser.parseListing(Data(html.utf8), format: .html)
    #expect(listing.entries.map(\.name) == ["requests", "django", "zope-interface"])
    #expect(listing.apiVersion == "1.0")
  }

  @Test func readsEveryPEP691FileField() throws {
    let body = Data(
      #"""
      {"meta":{"api-version":"1.4","_last-serial":"41"},"name":"demo","versions":["1.0","2.0"],
       "project-status":{"status":"quarantined"},
       "files":[
        {"filename":"demo-1.0.tar.gz","url":"../../packages/aa/demo-1.0.tar.gz","hashes":{"sha256":"abc"},
         "requires-python":">=3.8","yanked":"broken build","core-metadata":false,"size":1234,
         "upload-time":"2025-06-30T10:00:00Z"},
        {"filename":"demo-2.0-py3-none-any.whl","url":"https://files.example/demo-2.0-py3-none-any.whl",
         "hashes":{},"yanked":false,"core-metadata":{"sha256":"def"},"provenance":"https://x/prov"},
        {"filename":7,"url":"bad"}
       ]}
      """#.utf8)
    let page = try SimpleIndexParser.parseProjectPage(
      body, format: .json, name: "demo", pageURL: "https://idx.example/simple/demo/")
    #expect(page.files.count == 2)
    let sdist = try #require(page.files.first)
    #expect(sdist.url == "https://idx.example/packages/aa/demo-1.0.tar.gz")
    #expect(sdist.sha256 == "abc")
    #expect(sdist.requiresPython == ">=3.8")
    #expect(sdist.yanked && sdist.yankedReason == "broken build")
    #expect(sdist.size == 1234)
    #expect(sdist.uploadTime == "2025-06-30T10:00:00Z")
    #expect(sdist.version == "1.0")
    #expect(page.files[1].coreMetadata == .available(sha256: "def"))
    #expect(page.files[1].provenance == "https://x/prov")
    #expect(page.versions == ["1.0", "2.0"])
    #expect(page.status == "quarantined")
    #expect(page.lastSerial == 41)
  }

  @Test func readsEveryPEP503AnchorAttribute() throws {
    let html = """
      <html><head><meta name="pypi:repository-version" content="1.4">
      <meta name="pypi:project-status" content="archived"></head><body>
      <a href="../../packages/demo-1.0.tar.gz#sha256=ABCDEF" data-requires-python="&gt;=3.8" data-yanked="">demo-1.0.tar.gz</a>
      <a href="https://f.example/Demo_Pkg-2.0-py3-none-any.whl#sha256=00" data-core-metadata="sha256=11">Demo_Pkg-2.0-py3-none-any.whl</a>
      </body></html>
      <!--SERIAL 77-->
      """
    let page = try SimpleIndexParser.parseProjectPage(
      Data(html.utf8), format: .html, name: "demo-pkg", pageURL: "http://127.0.0.1/simple/demo-pkg/")
    #expect(page.files.count == 2)
    let first = try #require(page.files.first)
    #expect(first.url == "http://127.0.0.1/packages/demo-1.0.tar.gz")
    #expect(first.hashes == ["sha256": "abcdef"])
    #expect(first.requiresPython == ">=3.8")
    #expect(first.yanked)
    #expect(page.files[1].coreMetadata == .available(sha256: "11"))
    #expect(page.files[1].version == "2.0")
    #expect(page.versions == ["1.0", "2.0"])
    #expect(page.lastSerial == 77)
    #expect(page.status == "archived")
  }

  @Test func readsTheMediaTypesIndexesReallySend() {
    #expect(SimpleIndexParser.format(ofMediaType: "application/vnd.pypi.simple.v1+json") == .json)
    #expect(SimpleIndexParser.format(ofMediaType: "text/html") == .html)
    // devpi-server's own spelling for its PEP 503 pages.
    #expect(SimpleIndexParser.format(ofMediaType: "text_html") == .html)
    #expect(SimpleIndexParser.format(ofMediaType: "application/json") == nil)
  }

  @Test func refusesBodiesThatAreNotPages() {
    #expect(throws: SquatwatchError.self) {
      try SimpleIndexParser.parseListing(Data("[1,2".utf8), format: .json)
    }
    #expect(throws: SquatwatchError.self) {
      try SimpleIndexParser.parseListing(Data(#"{"projects": "nope"}"#.utf8), format: .json)
    }
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(throws: SquatwatchError.self) {
      try SimpleIndexParser.parseProjectPage(Data(deep.utf8), format: .json, name: "x", pageURL: "http://h/")
    }
  }

  @Test func survivesDeeplyNestedHTML() throws {
    let html = String(repeating: "<div>", count: 50_000) + #"<a href="x-1.0.tar.gz">x-1.0.tar.gz</a>"#
    let page = try SimpleIndexParser.parseProjectPage(Data(html.utf8), format: .html, name: "x", pageURL: "http://h/")
    #expect(page.files.count <= 1)
  }

  @Test func recognizesLoginPages() throws {
    let login = #"<html><body><form action="/login"><input type="password" name="p"></form></body></html>"#
    #expect(try SimpleIndexParser.parseListing(Data(login.utf8), format: .html).looksLikeLoginPage)
    #expect(try !SimpleIndexParser.parseListing(Data(#"<a href="a/">a</a>"#.utf8), format: .html).looksLikeLoginPage)
  }
}
