/// One central directory record of a zip archive, with ZIP64 sizes resolved.
struct ZipEntry: Hashable, Sendable {
  var name: String
  /// Compression method: 0 stored, 8 deflate.
  var method: Int
  /// General purpose flags; bit 0 means encrypted.
  var flags: Int
  var crc32: UInt32
  var compressedSize: Int
  var uncompressedSize: Int
  var localHeaderOffset: Int
  /// Length of the name in bytes, which the local header must repeat.
  var nameLength: Int
  /// Where the record starts in the file, and its length (fixed part, name, extra field and comment).
  var recordOffset: Int
  var recordLength: Int

  /// Where the next record starts.
  var recordEnd: Int { recordOffset + recordLength }

  /// Whether the member is encrypted, so it cannot be read.
  var isEncrypted: Bool { flags & 1 != 0 }

  /// Whether the member is a directory entry.
  var isDirectory: Bool { name.hasSuffix("/") }

  /// The first path component: the package, module or `.dist-info` directory the member belongs to.
  var topLevelName: Substring { name.prefix { $0 != "/" } }

  /// The smallest span the member occupies from its local header on (header, name and data).
  var minimumSpan: Int { ZipEntry.localHeaderSize + nameLength + compressedSize }

  /// Size of the fixed part of a local file header.
  static let localHeaderSize = 30
}
