import Foundation

/// Reads one zip member from its local header: stored or deflated, size-capped and CRC-checked.
enum ZipMemberReader {
  private static let localSignature = 0x0403_4b50

  /// The span worth prefetching for `entry`: its header, name, data and a little room for the local extra field.
  static func prefetchRange(of entry: ZipEntry, directoryStart: Int) -> Range<Int> {
    let end = min(directoryStart, entry.localHeaderOffset + entry.minimumSpan + 64)
    return entry.localHeaderOffset..<max(entry.localHeaderOffset, end)
  }

  /// The uncompressed bytes of `entry`, refusing more than `limit` bytes.
  ///
  /// - Throws: `tooLarge` for a member over `limit` or one that inflates past its declared size,
  ///   `malformed` for a bad local header, unsupported method, encryption or CRC mismatch.
  static func read(
    _ entry: ZipEntry, limit: Int, directoryStart: Int, bytes: (Range<Int>) throws(SquatwatchError) -> Data
  ) throws(SquatwatchError) -> Data {
    do {
      return try extract(entry, limit: limit, directoryStart: directoryStart, bytes: bytes)
    } catch {
      throw SquatwatchError(error.code, "member '\(entry.name)': \(error.message)")
    }
  }

  private static func extract(
    _ entry: ZipEntry, limit: Int, directoryStart: Int, bytes: (Range<Int>) throws(SquatwatchError) -> Data
  ) throws(SquatwatchError) -> Data {
    guard entry.uncompressedSize <= limit else {
      throw SquatwatchError(.tooLarge, "declares \(entry.uncompressedSize) bytes, over the \(limit)-byte cap")
    }
    guard !entry.isEncrypted else { throw SquatwatchError(.malformed, "is encrypted") }
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
    let compressed = try bytes(dataStart..<(dataStart + entry.compressedSize))
    let output: Data
    switch entry.method {
    case 0:
      output = compressed
    case 8:
      output = try Inflater.inflate(compressed, format: .rawDeflate, outputLimit: entry.uncompressedSize)
    default:
      throw SquatwatchError(.malformed, "uses unsupported compression method \(entry.method)")
    }
    guard output.count == entry.uncompressedSize else {
      throw SquatwatchError(.malformed, "holds \(output.count) bytes, the directory says \(entry.uncompressedSize)")
    }
    guard CRC32.checksum(output) == entry.crc32 else {
      throw SquatwatchError(.malformed, "CRC-32 does not match")
    }
    return output
  }
}
