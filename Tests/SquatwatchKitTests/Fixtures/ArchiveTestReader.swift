import Foundation
import SquatwatchKit

/// Just enough zip and tar parsing to check the fixture writers' output, independent of the project's own readers.
enum ArchiveTestReader {
  /// One zip member as its central-directory entry and local header describe it.
  struct ZipEntry {
    var name: String
    var method: UInt16
    var crc: UInt32
    var compressedSize: UInt64
    var uncompressedSize: UInt64
    var localOffset: UInt64
    var localName: String
    var content: Data
  }

  static func uint16(_ data: Data, _ offset: Int) -> UInt16 {
    UInt16(data[data.startIndex + offset]) | UInt16(data[data.startIndex + offset + 1]) << 8
  }

  static func uint32(_ data: Data, _ offset: Int) -> UInt32 {
    UInt32(uint16(data, offset)) | UInt32(uint16(data, offset + 2)) << 16
  }

  static func uint64(_ data: Data, _ offset: Int) -> UInt64 {
    UInt64(uint32(data, offset)) | UInt64(uint32(data, offset + 4)) << 32
  }

  /// Parses the end record, the central directory and each local header; inflates deflated members.
  static func zipEntries(_ zip: Data) throws -> [ZipEntry] {
    let end = zip.count - 22
    guard end >= 0, uint32(zip, end) == 0x0605_4b50 else { throw SquatwatchError(.malformed, "no end record") }
    var count = UInt64(uint16(zip, end + 10))
    var centralOffset = UInt64(uint32(zip, end + 16))
    if centralOffset == UInt64(UInt32.max) {
      guard uint32(zip, end - 20) == 0x0706_4b50 else { throw SquatwatchError(.malformed, "no zip64 locator") }
      let record = Int(uint64(zip, end - 20 + 8))
      guard uint32(zip, record) == 0x0606_4b50 else { throw SquatwatchError(.malformed, "no zip64 end record") }
      count = uint64(zip, record + 32)
      centralOffset = uint64(zip, record + 48)
    }
    var entries: [ZipEntry] = []
    var cursor = Int(centralOffset)
    for _ in 0..<count {
      guard uint32(zip, cursor) == 0x0201_4b50 else { throw SquatwatchError(.malformed, "bad central entry") }
      let nameLength = Int(uint16(zip, cursor + 28))
      let extraLength = Int(uint16(zip, cursor + 30))
      let commentLength = Int(uint16(zip, cursor + 32))
      var compressed = UInt64(uint32(zip, cursor + 20))
      var uncompressed = UInt64(uint32(zip, cursor + 24))
      var offset = UInt64(uint32(zip, cursor + 42))
      let nameStart = cursor + 46
      let name = String(decoding: zip[nameStart..<nameStart + nameLength], as: UTF8.self)
      if offset == UInt64(UInt32.max) {
        let extra = nameStart + nameLength
        guard uint16(zip, extra) == 1 else { throw SquatwatchError(.malformed, "no zip64 extra") }
        uncompressed = uint64(zip, extra + 4)
        compressed = uint64(zip, extra + 12)
        offset = uint64(zip, extra + 20)
      }
      let local = Int(offset)
      guard uint32(zip, local) == 0x0403_4b50 else { throw SquatwatchError(.malformed, "bad local header") }
      let localNameLength = Int(uint16(zip, local + 26))
      let localExtraLength = Int(uint16(zip, local + 28))
      let localName = String(decoding: zip[local + 30..<local + 30 + localNameLength], as: UTF8.self)
      let dataStart = local + 30 + localNameLength + localExtraLength
      let stored = zip[dataStart..<dataStart + Int(compressed)]
      let method = uint16(zip, cursor + 10)
      let content =
        method == 8 ? try Inflater.inflate(Data(stored), format: .rawDeflate, outputLimit: 1 << 26) : Data(stored)
      entries.append(
        ZipEntry(
          name: name, method: method, crc: uint32(zip, cursor + 16), compressedSize: compressed,
          uncompressedSize: uncompressed, localOffset: offset, localName: localName, content: content))
      cursor = nameStart + nameLength + extraLength + commentLength
    }
    return entries
  }

  /// The (type, name, content) of each tar member, applying pax `path` records to the member that follows.
  static func tarMembers(_ tar: Data) throws -> [(type: Character, name: String, content: Data)] {
    var members: [(type: Character, name: String, content: Data)] = []
    var cursor = 0
    var paxPath: String?
    while cursor + 512 <= tar.count {
      let header = tar[tar.startIndex + cursor..<tar.startIndex + cursor + 512]
      if header.allSatisfy({ $0 == 0 }) { break }
      let stored =
        header.reduce(0) { $0 + Int($1) }
        - header[header.startIndex + 148..<header.startIndex + 156]
        .reduce(0) { $0 + Int($1) } + 8 * 32
      let field = { (offset: Int, length: Int) -> String in
        String(
          decoding: header[header.startIndex + offset..<header.startIndex + offset + length].prefix { $0 != 0 },
          as: UTF8.self)
      }
      guard Int(field(148, 6), radix: 8) == stored else { throw SquatwatchError(.malformed, "bad tar checksum") }
      guard let size = Int(field(124, 11), radix: 8) else { throw SquatwatchError(.malformed, "bad tar size") }
      let type = Character(field(156, 1).isEmpty ? "0" : field(156, 1))
      let start = tar.startIndex + cursor + 512
      let content = Data(tar[start..<min(start + size, tar.endIndex)])
      if type == "x" {
        let text = String(decoding: content, as: UTF8.self)
        paxPath =
          text.split(separator: "\n").compactMap { line in
            line.split(separator: " ", maxSplits: 1).last.flatMap {
              $0.hasPrefix("path=") ? String($0.dropFirst(5)) : nil
            }
          }.first
      } else {
        members.append((type, paxPath ?? field(0, 100), content))
        paxPath = nil
      }
      cursor += 512 + (size + 511) / 512 * 512
    }
    return members
  }
}
