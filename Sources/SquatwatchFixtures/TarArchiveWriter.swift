public import Foundation
import SquatwatchKit

/// Builds a ustar archive in memory, with pax `x` headers for long names, and its gzip form.
///
/// Hostile variants (long-name header loops, lying sizes, gzip streams without an end) are static functions, so
/// ordinary archives cannot pick them up by accident.
public struct TarArchiveWriter: Sendable {
  /// One regular file; the name is written verbatim.
  public struct Entry: Sendable {
    public var name: String
    public var data: Data
    public var mode: Int

    public init(name: String, data: Data, mode: Int = 0o644) {
      self.name = name
      self.data = data
      self.mode = mode
    }
  }

  private static let blockSize = 512
  /// Fixed modification time (2024-01-01T00:00:00Z) so archives are reproducible.
  private static let modificationTime = 1_704_067_200

  public private(set) var entries: [Entry] = []

  public init() {}

  /// Adds a regular file.
  public mutating func add(_ name: String, _ data: Data, mode: Int = 0o644) {
    entries.append(Entry(name: name, data: data, mode: mode))
  }

  /// The uncompressed tar bytes, ending with two zero blocks.
  public func tar() -> Data {
    var out = Data()
    for entry in entries {
      let name = Data(entry.name.utf8)
      if name.count > 100 {
        let record = Self.paxRecord(key: "path", value: entry.name)
        out.append(
          Self.header(
            name: Data("PaxHeader/\(entry.name.suffix(80))".utf8).prefix(100), size: record.count,
            mode: 0o644, type: "x"))
        Self.appendPadded(record, to: &out)
      }
      out.append(Self.header(name: name.prefix(100), size: entry.data.count, mode: entry.mode, type: "0"))
      Self.appendPadded(entry.data, to: &out)
    }
    out.append(Data(count: 2 * Self.blockSize))
    return out
  }

  /// The archive as `.tar.gz`.
  public func tarGzip() -> Data {
    Deflater.deflate(tar(), format: .gzip)
  }

  /// A tar whose first `count` headers are GNU `L` long-name headers in a row, each naming the next member, before
  /// one real member: readers that recurse or buffer per `L` header without a bound fall over.
  public static func longNameLoop(count: Int, finalName: String = "pkg-1.0/PKG-INFO", data: Data = Data()) -> Data {
    var out = Data()
    for index in 0..<count {
      let longName = Data("pkg-1.0/\(String(repeating: "l", count: 120))-\(index)\u{0}".utf8)
      out.append(header(name: Data("././@LongLink".utf8), size: longName.count, mode: 0o644, type: "L"))
      appendPadded(longName, to: &out)
    }
    out.append(header(name: Data(finalName.utf8).prefix(100), size: data.count, mode: 0o644, type: "0"))
    appendPadded(data, to: &out)
    out.append(Data(count: 2 * blockSize))
    return out
  }

  /// A tar with one member whose header declares `declaredSize` bytes while only `data` follows, then the end blocks.
  public static func lyingSize(name: String, data: Data, declaredSize: Int) -> Data {
    var out = header(name: Data(name.utf8).prefix(100), size: declaredSize, mode: 0o644, type: "0")
    appendPadded(data, to: &out)
    out.append(Data(count: 2 * blockSize))
    return out
  }

  /// A gzip stream that inflates to `megabytes` MiB of zeros and then stops without ever reaching its end: copies
  /// of one 1 MiB member, the last cut short of its trailer.
  ///
  /// Tests a reader's output cap and truncation handling.
  public static func unterminatedGzip(megabytes: Int) -> Data {
    let member = Deflater.deflate(Data(count: 1 << 20), format: .gzip)
    var out = Data()
    for _ in 0..<max(megabytes, 1) { out.append(member) }
    return out.dropLast(8)
  }

  private static func appendPadded(_ data: Data, to out: inout Data) {
    out.append(data)
    let remainder = data.count % blockSize
    if remainder != 0 { out.append(Data(count: blockSize - remainder)) }
  }

  /// A pax extended-header record, `"<length> <key>=<value>\n"`, where the length counts itself.
  private static func paxRecord(key: String, value: String) -> Data {
    let body = " \(key)=\(value)\n".utf8.count
    var length = body + String(body).count
    if String(length).count != String(body).count { length = body + String(length).count }
    return Data("\(length) \(key)=\(value)\n".utf8)
  }

  private static func header(name: Data, size: Int, mode: Int, type: Character) -> Data {
    var block = Data(count: blockSize)
    func put(_ bytes: Data, at offset: Int) {
      block.replaceSubrange(offset..<offset + bytes.count, with: bytes)
    }
    func octal(_ value: Int, width: Int) -> Data {
      // Clamped to the field: a lying size must not spill into the next field.
      let digits = String(min(value, (1 << (3 * (width - 1))) - 1), radix: 8)
      return Data((String(repeating: "0", count: max(width - 1 - digits.count, 0)) + digits).utf8) + Data([0])
    }
    put(name, at: 0)
    put(octal(mode, width: 8), at: 100)
    put(octal(0, width: 8), at: 108)
    put(octal(0, width: 8), at: 116)
    put(octal(size, width: 12), at: 124)
    put(octal(modificationTime, width: 12), at: 136)
    put(Data(String(repeating: " ", count: 8).utf8), at: 148)
    put(Data(String(type).utf8), at: 156)
    put(Data("ustar\u{0}00".utf8), at: 257)
    put(Data("root".utf8), at: 265)
    put(Data("root".utf8), at: 297)
    let checksum = block.reduce(0) { $0 + Int($1) }
    let digits = String(checksum, radix: 8)
    put(Data((String(repeating: "0", count: max(6 - digits.count, 0)) + digits).utf8) + Data([0, 0x20]), at: 148)
    return block
  }
}
