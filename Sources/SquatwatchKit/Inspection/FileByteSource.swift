public import Foundation

/// A distribution file on local disk (a bandersnatch mirror), read with real ranged reads.
public final class FileByteSource: DistributionByteSource {
  private let handle: FileHandle
  private let size: Int
  private let chunkSize: Int
  public private(set) var bytesTransferred = 0

  /// Opens the file at `url` for reading.
  ///
  /// - Throws: `cache` when the file cannot be opened or sized.
  public init(url: URL, chunkSize: Int = 64 * 1024) throws(SquatwatchError) {
    do {
      handle = try FileHandle(forReadingFrom: url)
      size = Int(try handle.seekToEnd())
    } catch {
      throw SquatwatchError(.cache, "cannot open \(url.path)", cause: error)
    }
    self.chunkSize = max(1, chunkSize)
  }

  deinit {
    try? handle.close()
  }

  public func suffix(_ count: Int, wholeFileLimit: Int) throws(SquatwatchError) -> SuffixRead {
    let start = max(0, size - max(0, count))
    return SuffixRead(bytes: try read(start..<size), offset: start, totalSize: size)
  }

  public func read(_ range: Range<Int>) throws(SquatwatchError) -> Data {
    let clamped = range.clamped(to: 0..<size)
    do {
      try handle.seek(toOffset: UInt64(clamped.lowerBound))
      let data = try handle.read(upToCount: clamped.count) ?? Data()
      bytesTransferred += data.count
      return data
    } catch {
      throw SquatwatchError(.cache, "cannot read bytes \(clamped) of a mirrored file", cause: error)
    }
  }

  public func stream(_ consume: (Data) throws(SquatwatchError) -> Bool) throws(SquatwatchError) {
    var start = 0
    while start < size {
      let chunk = try read(start..<min(size, start + chunkSize))
      guard !chunk.isEmpty else { return }
      guard try consume(chunk) else { return }
      start += chunk.count
    }
  }
}
