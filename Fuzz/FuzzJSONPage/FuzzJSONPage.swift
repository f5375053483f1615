import Foundation
import SquatwatchKit

/// libFuzzer entry point: arbitrary bytes as a PEP 691 JSON listing, a JSON project page and a JSON API document.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONPage(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
  let data = Data(bytes: bytes, count: count)
  _ = try? SimpleIndexParser.parseListing(data, format: .json)
  _ = try? SimpleIndexParser.parseProjectPage(
    data, format: .json, name: "demo", pageURL: "https://index.example/simple/demo/")
  _ = try? JSONAPIParser.parse(data)
  return 0
}
