import Foundation

/// The bytes of one file fetched so far through a byte source, fetching only what is missing.
final class RangedFetcher {
  private let source: any DistributionByteSource
  /// Size of the whole file.
  let fileSize: Int
  /// Fetched spans, sorted and non-adjacent.
  private var chunks: [(offset: Int, data: Data)] = []

  /// Starts from the suffix the source already delivered.
  init(source: any DistributionByteSource, first: SuffixRead) {
    self.source = source
    fileSize = first.totalSize
    if !first.bytes.isEmpty { chunks = [(first.offset, first.bytes)] }
  }

  /// Whether every byte of `range` is already fetched.
  func has(_ range: Range<Int>) -> Bool {
    chunks.contains { $0.offset <= range.lowerBound && range.upperBound <= $0.offset + $0.data.count }
  }

  /// Where the fetched span that ends at or runs past `offset` starts, when the byte before `offset` is fetched.
  func fetchedStart(before offset: Int) -> Int? {
    chunks.first { $0.offset < offset && offset <= $0.offset + $0.data.count }?.offset
  }

  /// The bytes of `range`, fetching the missing parts.
  func bytes(_ range: Range<Int>) throws(SquatwatchError) -> Data {
    guard range.lowerBound >= 0, range.upperBound <= fileSize else {
      throw SquatwatchError(.malformed, "bytes \(range) lie outside the \(fileSize)-byte file")
    }
    try fetch(missing(in: range))
    for chunk in chunks where chunk.offset <= range.lowerBound && range.upperBound <= chunk.offset + chunk.data.count {
      let start = chunk.data.startIndex + range.lowerBound - chunk.offset
      return chunk.data.subdata(in: start..<(start + range.count))
    }
    throw SquatwatchError(.transport, "byte source did not deliver bytes \(range)")
  }

  /// Fetches whatever of `ranges` is missing, joining pieces less than `gap` bytes apart into one read.
  func prefetch(_ ranges: [Range<Int>], gap: Int) throws(SquatwatchError) {
    let pieces = ranges.flatMap { missing(in: $0.clamped(to: 0..<fileSize)) }.sorted { $0.lowerBound < $1.lowerBound }
    var joined: [Range<Int>] = []
    for piece in pieces {
      if let last = joined.last, piece.lowerBound <= last.upperBound + gap {
        joined[joined.count - 1] = last.lowerBound..<max(last.upperBound, piece.upperBound)
      } else {
        joined.append(piece)
      }
    }
    try fetch(joined)
  }

  private func missing(in range: Range<Int>) -> [Range<Int>] {
    var pieces: [Range<Int>] = []
    var cursor = range.lowerBound
    for chunk in chunks where chunk.offset + chunk.data.count > cursor && chunk.offset < range.upperBound {
      if chunk.offset > cursor { pieces.append(cursor..<chunk.offset) }
      cursor = max(cursor, chunk.offset + chunk.data.count)
    }
    if cursor < range.upperBound { pieces.append(cursor..<range.upperBound) }
    return pieces
  }

  private func fetch(_ pieces: [Range<Int>]) throws(SquatwatchError) {
    for piece in pieces where !piece.isEmpty {
      let data = try source.read(piece)
      guard data.count == piece.count else {
        throw SquatwatchError(.transport, "asked for \(piece.count) bytes at \(piece.lowerBound), got \(data.count)")
      }
      chunks.append((piece.lowerBound, data))
    }
    chunks.sort { $0.offset < $1.offset }
    var merged: [(offset: Int, data: Data)] = []
    for chunk in chunks {
      if let last = merged.last, chunk.offset <= last.offset + last.data.count {
        let overlap = last.offset + last.data.count - chunk.offset
        if overlap < chunk.data.count {
          merged[merged.count - 1].data.append(chunk.data.dropFirst(overlap))
        }
      } else {
        merged.append(chunk)
      }
    }
    chunks = merged
  }
}
