import Foundation
import SquatwatchKit

/// libFuzzer entry point: arbitrary bytes as a whole zip file whose central directory is read and validated.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZipDirectory(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
  let data = Data(bytes: bytes, count: count)
  // A small first suffix, so the fuzzer also reaches the widened search for a long zip comment.
  _ = try? ZipCentralDirectory(fileSize: data.count, initialSearch: 64, limits: InspectionLimits()) {
    (range: Range<Int>) throws(SquatwatchError) -> Data in
    guard range.lowerBound >= 0, range.upperBound <= data.count else {
      throw SquatwatchError(.malformed, "read outside the file")
    }
    return data.subdata(in: range)
  }
  return 0
}
