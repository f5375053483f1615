import Foundation
import SquatwatchKit
import SquatwatchTestSupport
import Testing

/// Attacker-written index content: every item gets a clear error of its own, in bounded memory and time,
/// and the rest is read.
@Suite struct HostileContentTests {
  /// Peak resident memory of this process so far, in MiB.
  static func peakMiB() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage.ru_maxrss / 1024
  }

  static func measure<T>(_ what: String, _ body: () throws -> T) rethrows -> T {
    let start = Date()
    let peak = peakMiB()
    let result = try body()
    print(
      "hostile-content: \(what): \(String(format: "%.2f", Date().timeIntervalSince(start))) s, "
        + "peak RSS \(peakMiB()) MiB (was \(peak) MiB)")
    return result
  }

  @Test(.tags(.slow)) func readsAMillionAnchorHTMLListing() throws {
    var html = "<html><body>\n"
    html.reserveCapacity(40_000_000)
    for index in 0..<1_000_000 { html += "<a href=\"/simple/p\(index)/\">p\(index)</a>\n" }
    let body = Data(html.utf8)
    let listing = try Self.measure("1,000,000-anchor HTML listing (\(body.count / 1_048_576) MiB)") {
      try SimpleIndexParser.parseListing(body, format: .html)
    }
    #expect(listing.entries.count == 1_000_000)
    #expect(listing.entries.last?.name == "p999999")
  }

  @Test(.tags(.slow)) func readsAMillionEntryJSONListing() throws {
    var json = #"{"meta":{"api-version":"1.1","_last-serial":9},"projects":["#
    json.reserveCapacity(50_000_000)
    for index in 0..<1_000_000 { json += (index == 0 ? "" : ",") + #"{"name":"p\#(index)","_last-serial":\#(index)}"# }
    json += "]}"
    let body = Data(json.utf8)
    let listing = try Self.measure("1,000,000-entry JSON listing (\(body.count / 1_048_576) MiB)") {
      try SimpleIndexParser.parseListing(body, format: .json)
    }
    #expect(listing.entries.count == 1_000_000)
    #expect(listing.entries.last?.serial == 999_999)
  }

  /// libxml2's HTML parser does not expand internal-subset entities: a billion-laughs page stays small.
  @Test func doesNotExpandEntityBombs() throws {
    var subset = #"<!ENTITY a "aaaaaaaaaa">"#
    for (previous, name) in zip("abcdefghi", "bcdefghij") {
      subset += "<!ENTITY \(name) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
    }
    let html =
      "<!DOCTYPE html [\(subset)]><html><body><a href=\"/simple/&j;/\">&j;</a><a href=\"/simple/ok/\">ok</a></body></html>"
    let listing = try Self.measure("billion-laughs HTML listing") {
      try SimpleIndexParser.parseListing(Data(html.utf8), format: .html)
    }
    #expect(listing.entries.map(\.name) == ["ok"])
    #expect(listing.rejectedNames <= 1)
  }

  /// NUL, out-of-range, surrogate and overlong numeric references never produce a name or crash the parser.
  @Test func refusesNamesBuiltFromNumericEntityTricks() throws {
    let tricks = [
      "a&#0;b", "a&#x0;b", "&#99999999999999999999999999;", "&#x110000;", "&#xD800;", "&#-1;", "&#x;",
      "&#0000000000000000000000000000000000000000065;", "..&#47;..&#47;etc", "&#46;&#46;",
    ]
    let html = tricks.map { "<a href=\"/simple/x/\">\($0)</a>" }.joined() + #"<a href="/simple/ok/">ok</a>"#
    let listing = try SimpleIndexParser.parseListing(Data(html.utf8), format: .html)
    #expect(listing.entries.allSatisfy { ProjectName.isValid($0.displayName) })
    #expect(listing.entries.contains { $0.name == "ok" })
    #expect(!listing.entries.contains { $0.name.contains("..") || $0.name.contains("/") || $0.name.contains("\0") })
  }

  /// A 16 MiB attribute is cut on read: the page is still parsed and no value kept is unbounded.
  @Test(.tags(.slow)) func boundsHugeAttributes() throws {
    let huge = String(repeating: "A", count: 16 << 20)
    let html = """
      <html><body>
      <a href="demo-1.0.tar.gz#sha256=\(huge)" data-requires-python="\(huge)">demo-1.0.tar.gz</a>
      <a href="demo-1.1-py3-none-any.whl" data-yanked="\(huge)">demo-1.1-py3-none-any.whl</a>
      </body></html>
      """
    let page = try Self.measure("project page with three 16 MiB attributes") {
      try SimpleIndexParser.parseProjectPage(
        Data(html.utf8), format: .html, name: "demo", pageURL: "https://index.example/simple/demo/")
    }
    #expect(page.files.contains { $0.filename == "demo-1.1-py3-none-any.whl" })
    #expect(page.files.allSatisfy { $0.url.utf8.count <= 70_000 && ($0.requiresPython?.utf8.count ?? 0) <= 65_536 })
  }

  /// Nesting far past any decoder's depth in a field the parsers skip: a clear error, no stack overflow.
  @Test func refusesDeepNestingInSkippedFields() {
    let deep = String(repeating: #"{"a":"#, count: 100_000) + "1" + String(repeating: "}", count: 100_000)
    let page = #"{"meta":{"api-version":"1.1"},"name":"demo","files":[],"extra":\#(deep)}"#
    let api = #"{"info":{"name":"demo","extra":\#(deep)},"releases":{}}"#
    #expect(throws: SquatwatchError.self) {
      try SimpleIndexParser.parseProjectPage(Data(page.utf8), format: .json, name: "demo", pageURL: "http://h/")
    }
    #expect(throws: SquatwatchError.self) { try JSONAPIParser.parse(Data(api.utf8)) }
    #expect(throws: SquatwatchError.self) {
      try SimpleIndexParser.parseListing(Data(#"{"projects":[],"x":\#(deep)}"#.utf8), format: .json)
    }
  }
}
