import Foundation

/// Where a zip archive's central directory lies and how many entries it declares, from the end record (and the
/// ZIP64 end record when the 32-bit fields are saturated), validated against the file.
struct ZipEndRecord: Sendable {
  /// Entries the directory declares, at most `InspectionLimits.maxZipEntries`.
  var entryCount: Int
  /// The bytes of the central directory, at most `InspectionLimits.maxDirectorySize` long.
  var directoryRange: Range<Int>

  private static let endSignature = 0x0605_4b50
  private static let zip64LocatorSignature = 0x0706_4b50
  private static let zip64EndSignature = 0x0606_4b50
  private static let endRecordSize = 22
  private static let maxCommentLength = 0xFFFF

  /// Finds the end record of a `fileSize`-byte archive through `read`.
  ///
  /// The record is first sought in the last `initialSearch` bytes (normally already fetched), and only then in the
  /// longest tail a zip comment allows.
  init(
    fileSize: Int, initialSearch: Int, limits: InspectionLimits, read: (Range<Int>) throws(SquatwatchError) -> Data
  ) throws(SquatwatchError) {
    guard fileSize >= Self.endRecordSize else {
      throw SquatwatchError(.malformed, "file is too short to be a zip archive")
    }
    let longestTail = min(fileSize, Self.endRecordSize + Self.maxCommentLength)
    var tailLength = min(fileSize, max(initialSearch, Self.endRecordSize))
    var found: (tail: Data, position: Int)?
    while found == nil {
      let tail = try read((fileSize - tailLength)..<fileSize)
      if let position = Self.findEndRecord(in: tail) {
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
    entryCount = count
    directoryRange = offset..<(offset + size)
  }

  /// The position in `tail` of the last end record whose comment ends at or before the file end.
  private static func findEndRecord(in tail: Data) -> Int? {
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
}
