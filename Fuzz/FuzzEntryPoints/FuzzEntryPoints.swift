import Foundation
import SquatwatchKit

/// libFuzzer entry point: arbitrary bytes as an `entry_points.txt` file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEntryPoints(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
  let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  _ = EntryPointsParser.parse(text)
  return 0
}
