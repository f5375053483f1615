import Foundation

/// Reads one zip member from its local header: stored or deflated, size-capped and CRC-checked.
enum ZipMemberReader {
  private static let localSignature = 0x0403_4b50
  /// Room assumed for a local header's extra field, which may differ from the directory's.
  private static let extraFieldAllowance = 64

  /// The span worth prefetching for `entry`: its header, name, data and a little room for the local extra field.
  static func prefetchRange(of entry: ZipEntry, directoryStart: Int) -> Range<Int> {
    prefixRange(of: entry, compressedBytes: entry.compressedSize, directoryStart: directoryStart)
  }

  /// The span holding `entry`'s header and the first `compressedBytes` of its data.
  static func prefixRange(of entry: ZipEntry, compressedBytes: Int, directoryStart: Int) -> Range<Int> {
    let data = min(entry.compressedSize, compressedBytes)
    let end = min(
      directoryStart,
      entry.localHeaderOffset + ZipEntry.localHeaderSize + entry.nameLength + data
        + extraFieldAllowance)
    return entry.localHeaderOffset..<max(entry.localHeaderOffset, end)
  }

  /// The uncompressed bytes of `entry`, refusing more than `limit` bytes.
  ///
  /// - Throws: `tooLarge` for a member over `limit` or one that inflates past its declared size,
  ///   `malformed` for a bad local header, unsupported method, encryption or CRC mismatch.
  static func read(
    _ entry: ZipEntry, limit: Int, directoryStart: Int, bytes: (Range<Int>) throws(SquatwatchError) -> Data
  ) throws(SquatwatchError) -> Data {
    try naming(entry) { () throws(SquatwatchError) in
      let data = try dataRange(of: entry, limit: limit, directoryStart: directoryStart, bytes: bytes)
      return try finish(entry, try inflate(entry, try bytes(data), into: nil))
    }
  }

  /// The start of `entry`'s uncompressed bytes, inflated `step` compressed bytes at a time (doubling) until
  /// `isEnough` accepts what came out; the whole member, size- and CRC-checked, when it ends first.
  ///
  /// A prefix cut short cannot be checked against the CRC; its size is still capped by the declared size.
  static func readPrefix(
    _ entry: ZipEntry, limit: Int, directoryStart: Int, step: Int,
    bytes: (Range<Int>) throws(SquatwatchError) -> Data, isEnough: (Data) -> Bool
  ) throws(SquatwatchError) -> (data: Data, isWhole: Bool) {
    try naming(entry) { () throws(SquatwatchError) in
      let data = try dataRange(of: entry, limit: limit, directoryStart: directoryStart, bytes: bytes)
      let inflater = entry.method == 8 ? try Inflater(format: .rawDeflate, outputLimit: entry.uncompressedSize) : nil
      var output = Data()
      var cursor = data.lowerBound
      var length = max(1, step)
      while cursor < data.upperBound {
        let piece = cursor..<min(data.upperBound, cursor + length)
        output.append(try inflate(entry, try bytes(piece), into: inflater))
        cursor = piece.upperBound
        length *= 2
        if cursor < data.upperBound && isEnough(output) { return (output, false) }
      }
      if let inflater, !inflater.isFinished { throw SquatwatchError(.malformed, "deflate stream is truncated") }
      return (try finish(entry, output), true)
    }
  }

  /// Prefixes errors with the member's name.
  private static func naming<T>(
    _ entry: ZipEntry, _ body: () throws(SquatwatchError) -> T
  ) throws(SquatwatchError) -> T {
    do {
      return try body()
    } catch {
      throw SquatwatchError(error.code, "member '\(entry.name)': \(error.message)")
    }
  }

  /// Where `entry`'s compressed data lies, after checking its local header against the directory.
  private static func dataRange(
    of entry: ZipEntry, limit: Int, directoryStart: Int, bytes: (Range<Int>) throws(SquatwatchError) -> Data
  ) throws(SquatwatchError) -> Range<Int> {
    guard entry.uncompressedSize <= limit else {
      throw SquatwatchError(.tooLarge, "declares \(entry.uncompressedSize) bytes, over the \(limit)-byte cap")
    }
    guard !entry.isEncrypted else { throw SquatwatchError(.malformed, "is encrypted") }
    guard entry.method == 0 || entry.method == 8 else {
      throw SquatwatchError(.malformed, "uses unsupported compression method \(entry.method)")
    }
    let start = entry.localHeaderOffset
    guard start + ZipEntry.localHeaderSize <= directoryStart else {
      throw SquatwatchError(.malformed, "local header lies beyond the central directory")
    }
    let header = try bytes(start..<(start + ZipEntry.localHeaderSize))
    guard header.uint32(at: 0) == localSignature, let nameLength = header.uint16(at: 26),
      let extraLength = header.uint16(at: 28)
    else {
      throw SquatwatchError(.malformed, "no local file header at offset \(start)")
    }
    guard nameLength == entry.nameLength else {
      throw SquatwatchError(.malformed, "local header name differs from the central directory")
    }
    let dataStart = start + ZipEntry.localHeaderSize + nameLength + extraLength
    guard dataStart + entry.compressedSize <= directoryStart else {
      throw SquatwatchError(.malformed, "data runs into the central directory")
    }
    let localName = try bytes((start + ZipEntry.localHeaderSize)..<(start + ZipEntry.localHeaderSize + nameLength))
    guard String(decoding: localName, as: UTF8.self) == entry.name else {
      throw SquatwatchError(.malformed, "local header name differs from the central directory")
    }
    return dataStart..<(dataStart + entry.compressedSize)
  }

  /// `compressed` as stored (method 0), or inflated through `inflater` (a fresh one when nil), never past the
  /// declared size.
  private static func inflate(
    _ entry: ZipEntry, _ compressed: Data, into inflater: Inflater?
  ) throws(SquatwatchError) -> Data {
    guard entry.method == 8 else { return compressed }
    guard let inflater else {
      return try Inflater.inflate(compressed, format: .rawDeflate, outputLimit: entry.uncompressedSize)
    }
    return try inflater.push(compressed)
  }

  /// `output` once its size and CRC-32 match the directory.
  private static func finish(_ entry: ZipEntry, _ output: Data) throws(SquatwatchError) -> Data {
    guard output.count == entry.uncompressedSize else {
      throw SquatwatchError(.malformed, "holds \(output.count) bytes, the directory says \(entry.uncompressedSize)")
    }
    guard CRC32.checksum(output) == entry.crc32 else {
      throw SquatwatchError(.malformed, "CRC-32 does not match")
    }
    return output
  }
}
