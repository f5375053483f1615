public import Foundation

/// A distribution held in memory, optionally behaving like a server that ignores Range.
public final class DataByteSource: DistributionByteSource {
  private let data: Data
  private let ignoresRange: Bool
  private let chunkSize: Int
  public private(set) var bytesTransferred = 0
  /// Number of `suffix`, `read` and `stream` calls, that is, the requests an HTTP source would send.
  public private(set) var requests = 0

  /// Serves `data`; with `ignoresRange` every ranged call answers with the whole file, as a plain server would.
  public init(_ data: Data, ignoresRange: Bool = false, chunkSize: Int = 16 * 1024) {
    self.data = data
    self.ignoresRange = ignoresRange
    self.chunkSize = max(1, chunkSize)
  }

  public func suffix(_ count: Int, wholeFileLimit: Int) throws(SquatwatchError) -> SuffixRead {
    requests += 1
    if ignoresRange || count >= data.count {
      guard data.count <= wholeFileLimit || !ignoresRange else {
        bytesTransferred += wholeFileLimit
        throw SquatwatchError(.tooLarge, "server ignored Range and the file exceeds \(wholeFileLimit) bytes")
      }
      bytesTransferred += data.count
      return SuffixRead(bytes: data, offset: 0, totalSize: data.count)
    }
    let start = data.count - max(0, count)
    bytesTransferred += data.count - start
    return SuffixRead(bytes: data.subdata(in: start..<data.count), offset: start, totalSize: data.count)
  }

  public func read(_ range: Range<Int>) throws(SquatwatchError) -> Data {
    requests += 1
    if ignoresRange {
      bytesTransferred += data.count
      return data
    }
    let clamped = range.clamped(to: 0..<data.count)
    bytesTransferred += clamped.count
    return data.subdata(in: clamped)
  }

  public func stream(_ consume: (Data) throws(SquatwatchError) -> Bool) throws(SquatwatchError) {
    requests += 1
    var start = 0
    while start < data.count {
      let end = min(data.count, start + chunkSize)
      bytesTransferred += end - start
      guard try consume(data.subdata(in: start..<end)) else { return }
      start = end
    }
  }
}
