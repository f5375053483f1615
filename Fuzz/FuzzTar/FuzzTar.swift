import Foundation
import SquatwatchKit

/// libFuzzer entry point: arbitrary bytes as a decompressed tar stream, pushed in pieces the way a transfer delivers it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTar(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
  let data = Data(bytes: bytes, count: count)
  // The first byte picks the piece size, so header and member boundaries fall anywhere within a push.
  let piece = Int(data.first ?? 0) * 7 + 1
  let reader = TarStreamReader(limits: InspectionLimits(), maxCollected: 1 << 20)
  var offset = data.startIndex
  do {
    while offset < data.endIndex {
      let end = min(offset + piece, data.endIndex)
      try reader.push(data[offset..<end]) { name, size in name.hasSuffix("PKG-INFO") || size < 4096 }
      _ = reader.takeCollected()
      offset = end
    }
    try reader.finish()
  } catch {
    return 0
  }
  return 0
}
