package import Foundation

/// The central directory of a zip archive read whole: its records, parsed and validated against the file.
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

  /// Signature that starts every central directory record.
  static let recordSignature = 0x0201_4b50
  /// Size of the fixed part of a central directory record.
  static let recordHeaderSize = 46

  /// Reads and validates the directory of a `fileSize`-byte archive through `read`.
  package init(
    fileSize: Int, initialSearch: Int, limits: InspectionLimits,
    read: (Range<Int>) throws(SquatwatchError) -> Data
  ) throws(SquatwatchError) {
    try self.init(
      end: try ZipEndRecord(fileSize: fileSize, initialSearch: initialSearch, limits: limits, read: read), read: read)
  }

  /// Reads and validates the whole directory `end` locates.
  init(end: ZipEndRecord, read: (Range<Int>) throws(SquatwatchError) -> Data) throws(SquatwatchError) {
    directoryRange = end.directoryRange
    let directory = try read(directoryRange)
    var records: [ZipEntry] = []
    var position = 0
    for index in 0..<end.entryCount {
      switch Self.record(in: directory, at: position, fileOffset: directoryRange.lowerBound) {
      case .entry(let entry):
        records.append(entry)
        position += entry.recordLength
      case .invalid(let error):
        throw error
      case .incomplete:
        throw SquatwatchError(.malformed, "zip central directory entry \(index) is corrupt or truncated")
      }
    }
    (entries, unsafeEntries) = Self.separate(records)
    try Self.checkLayout(records, directoryStart: directoryRange.lowerBound)
  }

  /// What the bytes at one position of a directory hold.
  enum RecordParse {
    case entry(ZipEntry)
    /// The bytes end before the record does.
    case incomplete
    /// Not a record: no signature, or fields that contradict themselves.
    case invalid(SquatwatchError)
  }

  /// The record at `position` of `bytes`, whose first byte lies at `fileOffset` in the file.
  static func record(in bytes: Data, at position: Int, fileOffset: Int) -> RecordParse {
    let corrupt = SquatwatchError(.malformed, "zip central directory record at \(fileOffset + position) is corrupt")
    guard position + 4 <= bytes.count else { return .incomplete }
    guard bytes.uint32(at: position) == recordSignature else { return .invalid(corrupt) }
    guard position + recordHeaderSize <= bytes.count else { return .incomplete }
    guard let flags = bytes.uint16(at: position + 8), let method = bytes.uint16(at: position + 10),
      let crc = bytes.uint32(at: position + 16), var compressed = bytes.uint32(at: position + 20),
      var uncompressed = bytes.uint32(at: position + 24), let nameLength = bytes.uint16(at: position + 28),
      let extraLength = bytes.uint16(at: position + 30), let commentLength = bytes.uint16(at: position + 32),
      var local = bytes.uint32(at: position + 42)
    else { return .incomplete }
    let length = recordHeaderSize + nameLength + extraLength + commentLength
    guard let nameBytes = bytes.bytes(at: position + recordHeaderSize, length: nameLength),
      let extra = bytes.bytes(at: position + recordHeaderSize + nameLength, length: extraLength),
      position + length <= bytes.count
    else { return .incomplete }
    do {
      try applyZip64(extra, uncompressed: &uncompressed, compressed: &compressed, local: &local)
    } catch {
      return .invalid(error)
    }
    return .entry(
      ZipEntry(
        name: String(decoding: nameBytes, as: UTF8.self), method: method, flags: flags, crc32: UInt32(crc),
        compressedSize: compressed, uncompressedSize: uncompressed, localHeaderOffset: local,
        nameLength: nameLength, recordOffset: fileOffset + position, recordLength: length))
  }

  /// `records` split into those with safe names and those whose names are unsafe as paths.
  static func separate(_ records: [ZipEntry]) -> ([ZipEntry], [(entry: ZipEntry, reason: String)]) {
    var safe: [ZipEntry] = []
    var unsafe: [(entry: ZipEntry, reason: String)] = []
    for entry in records {
      if let reason = ArchivePath.unsafeReason(entry.name) {
        unsafe.append((entry, reason))
      } else {
        safe.append(entry)
      }
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
  static func checkLayout(_ all: [ZipEntry], directoryStart: Int) throws(SquatwatchError) {
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
