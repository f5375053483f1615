import Foundation
import SquatwatchKit

/// libFuzzer entry point: arbitrary bytes as a whole zip file whose central directory is read and validated, and as
/// a wheel inspected the way a large one is: from the tail of its directory, probes and sampled members.
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
  var limits = InspectionLimits()
  // Tiny budgets, so even a small input takes the partial-directory paths.
  limits.initialSuffix = 64
  limits.wholeFileSize = 0
  limits.wholeDirectorySize = 32
  limits.directoryProbeSize = 48
  _ = DistributionInspector(limits: limits).inspect(
    DistributionFile(filename: "fuzz-1.0-py3-none-any.whl", url: "https://files.example/fuzz.whl", size: data.count),
    source: DataByteSource(data))
  return 0
}
