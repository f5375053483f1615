import Foundation
import SquatwatchKit

/// libFuzzer entry point: arbitrary bytes as a PEP 503 HTML root listing (whole, and keeping one project) and as
/// an HTML project page, read through libxml2's SAX parser.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLIndex(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
  let data = Data(bytes: bytes, count: count)
  _ = try? SimpleIndexParser.parseListing(data, format: .html)
  _ = try? SimpleIndexParser.parseListing(data, format: .html, keeping: ["demo"])
  _ = try? SimpleIndexParser.parseProjectPage(
    data, format: .html, name: "demo", pageURL: "https://index.example/simple/demo/")
  return 0
}
