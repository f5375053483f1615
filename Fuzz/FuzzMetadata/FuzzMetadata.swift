import Foundation
import SquatwatchKit

/// libFuzzer entry point: arbitrary bytes as a Core Metadata file (METADATA, PKG-INFO).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMetadata(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
  let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  _ = CoreMetadataParser.parse(text)
  return 0
}
