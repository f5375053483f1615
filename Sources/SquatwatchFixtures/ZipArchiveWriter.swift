public import Foundation
import SquatwatchKit

/// Builds a zip archive in memory, optionally malformed on purpose to exercise hostile-input handling.
///
/// Members are written in insertion order, except that `.dist-info/` members go last, as wheel writers are
/// encouraged to do; readers that range-read the tail of a wheel rely on that.
public struct ZipArchiveWriter: Sendable {
  /// How a member's bytes are stored.
  public enum Method: UInt16, Sendable {
    /// Method 0: the bytes as they are.
    case stored = 0
    /// Method 8: raw deflate.
    case deflated = 8
  }

  /// One file in the archive.
  ///
  /// The name is written verbatim, so `../x` or `/etc/x` produce traversal names.
  public struct Member: Sendable {
    public var name: String
    public var data: Data
    public var method: Method

    public init(name: String, data: Data, method: Method = .deflated) {
      self.name = name
      self.data = data
      self.method = method
    }
  }

  /// Deliberate defects, each off by default; an archive with none of them is a valid zip.
  public struct Hostility: Sendable {
    /// Central-directory sizes and local-header offsets disagree with the local headers (sizes grow by 64 KiB,
    /// offsets move 3 bytes into the header), and the end record's directory size is wrong too.
    public var centralDirectoryLies = false
    /// Extra central-directory entries, all pointing at the first member's local header (an overlapping-entry bomb).
    public var overlappingEntries = 0
    /// Declare this uncompressed size for every member, however much the data really inflates to (a bomb).
    public var declaredUncompressedSize: UInt32?
    /// Write ZIP64 structures: saturated 32-bit fields, ZIP64 extra fields (ID 0x0001), ZIP64 end record and locator.
    public var zip64 = false

    public init(
      centralDirectoryLies: Bool = false, overlappingEntries: Int = 0, declaredUncompressedSize: UInt32? = nil,
      zip64: Bool = false
    ) {
      self.centralDirectoryLies = centralDirectoryLies
      self.overlappingEntries = overlappingEntries
      self.declaredUncompressedSize = declaredUncompressedSize
      self.zip64 = zip64
    }
  }

  public private(set) var members: [Member] = []

  public init() {}

  /// Adds a member; later members with the same name are kept (duplicate names are themselves a hostile case).
  public mutating func add(_ name: String, _ data: Data, method: Method = .deflated) {
    members.append(Member(name: name, data: data, method: method))
  }

  /// The archive's bytes.
  public func archive(hostility: Hostility = Hostility()) -> Data {
    let ordered =
      members.filter { !$0.name.contains(".dist-info/") } + members.filter { $0.name.contains(".dist-info/") }
    var out = Data()
    var central = Data()
    var entryCount = 0
    var firstEntry: Entry?
    for member in ordered {
      let packed = member.method == .deflated ? Deflater.deflate(member.data, format: .rawDeflate) : member.data
      let entry = Entry(
        name: Data(member.name.utf8), method: member.method, crc: CRC32.checksum(member.data),
        compressedSize: UInt64(packed.count),
        uncompressedSize: hostility.declaredUncompressedSize.map(UInt64.init) ?? UInt64(member.data.count),
        offset: UInt64(out.count), zip64: hostility.zip64)
      out.append(entry.localHeader())
      out.append(packed)
      var listed = entry
      if hostility.centralDirectoryLies {
        listed.compressedSize += 65_536
        listed.uncompressedSize += 65_536
        listed.offset += 3
      }
      central.append(listed.centralHeader())
      entryCount += 1
      if firstEntry == nil { firstEntry = entry }
    }
    if let firstEntry {
      for index in 0..<hostility.overlappingEntries {
        // Same local header, new name: a reader extracting every entry inflates the first member again and again.
        var alias = firstEntry
        alias.name = Data("overlap-\(index)".utf8)
        central.append(alias.centralHeader())
        entryCount += 1
      }
    }
    let centralOffset = UInt64(out.count)
    out.append(central)
    let centralSize = UInt64(central.count) + (hostility.centralDirectoryLies ? 1024 : 0)
    if hostility.zip64 {
      let zip64EndOffset = UInt64(out.count)
      out.appendLittleEndian(UInt32(0x0606_4b50))
      out.appendLittleEndian(UInt64(44))  // size of the rest of this record
      out.appendLittleEndian(UInt16(45))
      out.appendLittleEndian(UInt16(45))
      out.appendLittleEndian(UInt32(0))
      out.appendLittleEndian(UInt32(0))
      out.appendLittleEndian(UInt64(entryCount))
      out.appendLittleEndian(UInt64(entryCount))
      out.appendLittleEndian(centralSize)
      out.appendLittleEndian(centralOffset)
      out.appendLittleEndian(UInt32(0x0706_4b50))
      out.appendLittleEndian(UInt32(0))
      out.appendLittleEndian(zip64EndOffset)
      out.appendLittleEndian(UInt32(1))
    }
    out.appendLittleEndian(UInt32(0x0605_4b50))
    out.appendLittleEndian(UInt16(0))
    out.appendLittleEndian(UInt16(0))
    let count16 = hostility.zip64 ? UInt16.max : UInt16(clamping: entryCount)
    out.appendLittleEndian(count16)
    out.appendLittleEndian(count16)
    out.appendLittleEndian(hostility.zip64 ? UInt32.max : UInt32(clamping: centralSize))
    out.appendLittleEndian(hostility.zip64 ? UInt32.max : UInt32(clamping: centralOffset))
    out.appendLittleEndian(UInt16(0))
    return out
  }

  /// The header fields shared by a member's local and central records.
  private struct Entry {
    var name: Data
    var method: Method
    var crc: UInt32
    var compressedSize: UInt64
    var uncompressedSize: UInt64
    var offset: UInt64
    var zip64: Bool

    /// Fixed DOS date 1980-01-01 00:00, so archives are byte-for-byte reproducible.
    private static let dosDate: UInt16 = 0x21
    private var version: UInt16 { zip64 ? 45 : 20 }
    private var flags: UInt16 { name.allSatisfy { $0 < 0x80 } ? 0 : 0x0800 }

    /// Version needed through name length: the run of fields both records share.
    private func appendSharedFields(to header: inout Data) {
      header.appendLittleEndian(version)
      header.appendLittleEndian(flags)
      header.appendLittleEndian(method.rawValue)
      header.appendLittleEndian(UInt16(0))
      header.appendLittleEndian(Self.dosDate)
      header.appendLittleEndian(crc)
      header.appendLittleEndian(zip64 ? UInt32.max : UInt32(clamping: compressedSize))
      header.appendLittleEndian(zip64 ? UInt32.max : UInt32(clamping: uncompressedSize))
      header.appendLittleEndian(UInt16(name.count))
    }

    func localHeader() -> Data {
      var header = Data()
      header.appendLittleEndian(UInt32(0x0403_4b50))
      appendSharedFields(to: &header)
      header.appendLittleEndian(UInt16(zip64 ? 20 : 0))
      header.append(name)
      if zip64 {
        header.appendLittleEndian(UInt16(1))
        header.appendLittleEndian(UInt16(16))
        header.appendLittleEndian(uncompressedSize)
        header.appendLittleEndian(compressedSize)
      }
      return header
    }

    func centralHeader() -> Data {
      var header = Data()
      header.appendLittleEndian(UInt32(0x0201_4b50))
      header.appendLittleEndian(UInt16(0x0300) | version)  // made by Unix
      appendSharedFields(to: &header)
      header.appendLittleEndian(UInt16(zip64 ? 28 : 0))
      header.appendLittleEndian(UInt16(0))  // comment length
      header.appendLittleEndian(UInt16(0))  // disk number
      header.appendLittleEndian(UInt16(0))  // internal attributes
      header.appendLittleEndian(UInt32(0o100644) << 16)
      header.appendLittleEndian(zip64 ? UInt32.max : UInt32(clamping: offset))
      header.append(name)
      if zip64 {
        header.appendLittleEndian(UInt16(1))
        header.appendLittleEndian(UInt16(24))
        header.appendLittleEndian(uncompressedSize)
        header.appendLittleEndian(compressedSize)
        header.appendLittleEndian(offset)
      }
      return header
    }
  }
}
