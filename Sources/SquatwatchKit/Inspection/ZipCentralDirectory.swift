package import Foundation

/// The central directory of a zip archive (EOCD, ZIP64 records and entries), validated against the file.
///
/// Hostile archives lie in their directories; every offset and size is checked
/// against the file before any member is read, and overlapping entries are refused.
package struct ZipCentralDirectory: Sendable {
  /// Entries with safe names, in directory order.
  var entries: [ZipEntry]
  /// Entries whose names are unsafe as paths, with the reason; kept out of `entries`.
  var unsafeEntries: [(entry: ZipEntry, reason: String)]
  /// Where the central directory lies in the file.
  var directoryRange: Range<Int>

  private static let endSignature = 0x0605_4b50
  private static let zip64LocatorSignature = 0x0706_4b50
  private static let zip64EndSignature = 0x0606_4b50
  private static let entrySignature = 0x0201_4b50
  private static let endRecordSize = 22
  private static let maxCommentLength = 0xFFFF

  /// Reads and validates the directory of a `fileSize`-byte archive through `read`.
  ///
  /// The end record is first sought in the last `initialSearch` bytes (normally already
  /// fetched), and only then in the longest tail a zip comment allows.
  package init(
    fileSize: Int, initialSearch: Int, limits: InspectionLimits,
    read: (Range<Int>) throws(SquatwatchError) -> Data
  ) throws(SquatwatchError) {
    guard fileSize >= Self.endRecordSize else {
      throw SquatwatchError(.malformed, "file is too short to be a zip archive")
    }
    let longestTail = min(fileSize, Self.endRecordSize + Self.maxCommentLength)
    var tailLength = min(fileSize, max(initialSearch, Self.endRecordSize))
    var found: (tail: Data, position: Int)?
    while found == nil {
      let tail = try read((fileSize - tailLength)..<fileSize)
      if let position = Self.findEndRecord(in: tail, fileSize: fileSize) {
        found = (tail, position)
      } else if tailLength >= longestTail {
        throw SquatwatchError(.malformed, "no zip end-of-central-directory record")
      } else {
        tailLength = longestTail
      }
    }
    guard let (tail, position) = found else {
      throw SquatwatchError(.malformed, "no zip end-of-central-directory record")
    }
    let endOffset = fileSize - tail.count + position
    var count = tail.uint16(at: position + 10) ?? 0
    var size = tail.uint32(at: position + 12) ?? 0
    var offset = tail.uint32(at: position + 16) ?? 0
    var directoryEnd = endOffset
    if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
      (count, size, offset, directoryEnd) = try Self.zip64End(endOffset: endOffset, read: read)
    }
    guard count <= limits.maxZipEntries else {
      throw SquatwatchError(.tooLarge, "zip declares \(count) entries, over the \(limits.maxZipEntries) cap")
    }
    guard size <= limits.maxDirectorySize else {
      throw SquatwatchError(.tooLarge, "zip central directory of \(size) bytes is over the cap")
    }
    guard offset <= directoryEnd, size <= directoryEnd - offset else {
      throw SquatwatchError(.malformed, "zip central directory offset \(offset) and size \(size) lie outside the file")
    }
    directoryRange = offset..<(offset + size)
    let directory = try read(directoryRange)
    (entries, unsafeEntries) = try Self.parseEntries(directory, count: count, directoryStart: offset)
    try Self.checkLayout(entries + unsafeEntries.map(\.entry), directoryStart: offset)
  }

  /// The position in `tail` of the last end record whose comment ends at or before the file end.
  private static func findEndRecord(in tail: Data, fileSize: Int) -> Int? {
    var position = tail.count - endRecordSize
    let lowest = max(0, tail.count - endRecordSize - maxCommentLength)
    while position >= lowest {
      if tail.uint32(at: position) == endSignature, let comment = tail.uint16(at: position + 20),
        position + endRecordSize + comment <= tail.count
      {
        return position
      }
      position -= 1
    }
    return nil
  }

  /// Entry count, directory size and offset from the ZIP64 end record, and where that record starts.
  private static func zip64End(
    endOffset: Int, read: (Range<Int>) throws(SquatwatchError) -> Data
  ) throws(SquatwatchError) -> (Int, Int, Int, Int) {
    guard endOffset >= 20 else { throw SquatwatchError(.malformed, "zip64 locator is missing") }
    let locator = try read((endOffset - 20)..<endOffset)
    guard locator.uint32(at: 0) == zip64LocatorSignature, let recordOffset = locator.uint64(at: 8),
      recordOffset <= endOffset - 20 - 56
    else {
      throw SquatwatchError(.malformed, "zip64 locator is missing or points outside the file")
    }
    let record = try read(recordOffset..<(recordOffset + 56))
    guard record.uint32(at: 0) == zip64EndSignature, let count = record.uint64(at: 32),
      let size = record.uint64(at: 40), let offset = record.uint64(at: 48)
    else {
      throw SquatwatchError(.malformed, "zip64 end-of-central-directory record is corrupt")
    }
    return (count, size, offset, recordOffset)
  }

  private static func parseEntries(
    _ directory: Data, count: Int, directoryStart: Int
  ) throws(SquatwatchError) -> ([ZipEntry], [(entry: ZipEntry, reason: String)]) {
    var safe: [ZipEntry] = []
    var unsafe: [(entry: ZipEntry, reason: String)] = []
    var position = 0
    for index in 0..<count {
      guard directory.uint32(at: position) == entrySignature, let flags = directory.uint16(at: position + 8),
        let method = directory.uint16(at: position + 10), let crc = directory.uint32(at: position + 16),
        var compressed = directory.uint32(at: position + 20), var uncompressed = directory.uint32(at: position + 24),
        let nameLength = directory.uint16(at: position + 28), let extraLength = directory.uint16(at: position + 30),
        let commentLength = directory.uint16(at: position + 32), var local = directory.uint32(at: position + 42),
        let nameBytes = directory.bytes(at: position + 46, length: nameLength),
        let extra = directory.bytes(at: position + 46 + nameLength, length: extraLength)
      else {
        throw SquatwatchError(.malformed, "zip central directory entry \(index) is corrupt or truncated")
      }
      try Self.applyZip64(extra, uncompressed: &uncompressed, compressed: &compressed, local: &local)
      let entry = ZipEntry(
        name: String(decoding: nameBytes, as: UTF8.self), method: method, flags: flags, crc32: UInt32(crc),
        compressedSize: compressed, uncompressedSize: uncompressed, localHeaderOffset: local,
        nameLength: nameLength)
      if let reason = ArchivePath.unsafeReason(entry.name) {
        unsafe.append((entry, reason))
      } else {
        safe.append(entry)
      }
      position += 46 + nameLength + extraLength + commentLength
    }
    return (safe, unsafe)
  }

  /// Replaces saturated 32-bit fields with their values from a ZIP64 extra field (id 1).
  private static func applyZip64(
    _ extra: Data, uncompressed: inout Int, compressed: inout Int, local: inout Int
  ) throws(SquatwatchError) {
    guard uncompressed == 0xFFFF_FFFF || compressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF else { return }
    var position = 0
    while let id = extra.uint16(at: position), let length = extra.uint16(at: position + 2) {
      guard let field = extra.bytes(at: position + 4, length: length) else { break }
      if id == 1 {
        // Only the saturated fields are present, in this order.
        var values = [uncompressed, compressed, local]
        var cursor = 0
        for index in values.indices where values[index] == 0xFFFF_FFFF {
          guard let wide = field.uint64(at: cursor) else {
            throw SquatwatchError(.malformed, "zip64 extra field is too short")
          }
          values[index] = wide
          cursor += 8
        }
        (uncompressed, compressed, local) = (values[0], values[1], values[2])
        return
      }
      position += 4 + length
    }
    throw SquatwatchError(.malformed, "zip entry needs a zip64 extra field that is missing")
  }

  /// Refuses entries that run past the directory or overlap one another.
  private static func checkLayout(_ all: [ZipEntry], directoryStart: Int) throws(SquatwatchError) {
    let sorted = all.sorted { $0.localHeaderOffset < $1.localHeaderOffset }
    for (index, entry) in sorted.enumerated() {
      let (end, overflow) = entry.localHeaderOffset.addingReportingOverflow(entry.minimumSpan)
      guard !overflow, end <= directoryStart else {
        throw SquatwatchError(.malformed, "zip entry '\(entry.name)' lies beyond the central directory")
      }
      if index + 1 < sorted.count, end > sorted[index + 1].localHeaderOffset {
        throw SquatwatchError(
          .malformed, "zip entries '\(entry.name)' and '\(sorted[index + 1].name)' overlap")
      }
    }
  }
}
