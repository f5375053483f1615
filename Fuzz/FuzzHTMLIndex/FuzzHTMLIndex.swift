import Foundation
import SquatwatchKit

/// libFuzzer entry point: arbitrary bytes as a PEP 503 HTML root listing and as an HTML project page.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLIndex(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
  let data = Data(bytes: bytes, count: count)
  _ = try? SimpleIndexParser.parseListing(data, format: .html)
  _ = try? SimpleIndexParser.parseProjectPage(
    data, format: .html, name: "demo", pageURL: "https://index.example/simple/demo/")
  _ = SimpleIndexParser.htmlLooksLikeLoginPage(data)
  return 0
}
