package import Foundation

/// Reads a tar stream incrementally (ustar, pax and GNU long names), keeping the members it is asked for.
///
/// Bytes are pushed as they arrive, so the caller can stop the transfer as soon as it has
/// what it needs. Meta headers are bounded in size and in how many may come in a row, and
/// only wanted members are held in memory.
package final class TarStreamReader {
  /// Every regular file seen so far, with a safe name.
  private(set) var members: [ArchiveMember] = []
  /// Members whose names are unsafe as paths, with the reason; kept out of `members`.
  private(set) var unsafeNames: [(name: String, reason: String)] = []
  /// Wanted members read completely since the last `takeCollected()`, in archive order.
  private var collected: [(name: String, data: Data)] = []
  /// Whether the end-of-archive block has been read.
  private(set) var isAtEnd = false

  private enum Body {
    case file(name: String, keep: Bool)
    case paxExtended
    case paxGlobal
    case longName
    case longLink

    var isMeta: Bool {
      if case .file = self { return false }
      return true
    }
  }

  private let limits: InspectionLimits
  private let maxCollected: Int
  private var buffer = Data()
  private var body: (kind: Body, remaining: Int, padding: Int, data: Data?)?
  private var metaHeadersInRow = 0
  private var pendingName: String?
  private var pendingSize: Int?

  private static let block = 512
  private static let maxMetaBody = 64 * 1024

  /// Keeps wanted members of at most `maxCollected` bytes.
  package init(limits: InspectionLimits, maxCollected: Int) {
    self.limits = limits
    self.maxCollected = maxCollected
  }

  /// Consumes the next decompressed bytes of the stream, keeping members for which `wants(name, size)` is true.
  ///
  /// - Throws: `malformed` for a corrupt header or a meta-header loop, `tooLarge` for oversized meta data.
  package func push(_ data: Data, wants: (String, Int) -> Bool) throws(SquatwatchError) {
    var input = data[...]
    while !input.isEmpty && !isAtEnd {
      if var current = body {
        let take = min(input.count, current.remaining + current.padding)
        let payload = min(take, current.remaining)
        if current.data != nil { current.data?.append(input.prefix(payload)) }
        input = input.dropFirst(take)
        current.padding -= take - payload
        current.remaining -= payload
        if current.remaining == 0 && current.padding == 0 {
          body = nil
          try finishBody(current.kind, data: current.data ?? Data())
        } else {
          body = current
        }
        continue
      }
      let need = Self.block - buffer.count
      buffer.append(input.prefix(need))
      input = input.dropFirst(need)
      if buffer.count == Self.block {
        let header = buffer
        buffer = Data()
        try startMember(header, wants: wants)
      }
    }
  }

  /// Checks that the stream did not end inside a member.
  package func finish() throws(SquatwatchError) {
    guard isAtEnd || (body == nil && buffer.isEmpty) else {
      throw SquatwatchError(.malformed, "tar stream ends inside a member (size fields lie or data is truncated)")
    }
  }

  /// Hands over the wanted members completed since the last call.
  package func takeCollected() -> [(name: String, data: Data)] {
    defer { collected = [] }
    return collected
  }

  private func startMember(_ header: Data, wants: (String, Int) -> Bool) throws(SquatwatchError) {
    // The byte sum the checksum field holds, that field counted as spaces; zero for the end-of-archive block.
    let sum = header.withUnsafeBytes { raw in
      var total = 0
      for (offset, byte) in raw.enumerated() { total += 148..<156 ~= offset ? 32 : Int(byte) }
      return total
    }
    if sum == 8 * 32 && header.withUnsafeBytes({ $0.allSatisfy { $0 == 0 } }) {
      isAtEnd = true
      return
    }
    guard let stored = Self.octal(header.bytes(at: 148, length: 8) ?? Data()), stored == sum else {
      throw SquatwatchError(.malformed, "tar header checksum does not match")
    }
    guard var size = Self.number(header.bytes(at: 124, length: 12) ?? Data()) else {
      throw SquatwatchError(.malformed, "tar header has an unreadable size field")
    }
    let type = header[header.startIndex + 156]
    let kind: Body
    switch type {
    case UInt8(ascii: "x"): kind = .paxExtended
    case UInt8(ascii: "g"): kind = .paxGlobal
    case UInt8(ascii: "L"): kind = .longName
    case UInt8(ascii: "K"): kind = .longLink
    default:
      metaHeadersInRow = 0
      let name = pendingName ?? Self.headerName(header)
      if let override = pendingSize { size = override }
      pendingName = nil
      pendingSize = nil
      kind = fileBody(name: name, size: size, type: type, wants: wants)
    }
    if kind.isMeta {
      metaHeadersInRow += 1
      guard metaHeadersInRow <= limits.maxTarMetaHeaders else {
        throw SquatwatchError(.malformed, "tar has more than \(limits.maxTarMetaHeaders) meta headers in a row")
      }
      guard size <= Self.maxMetaBody else {
        throw SquatwatchError(.tooLarge, "tar meta header of \(size) bytes is over the cap")
      }
    }
    let keep: Bool
    if case .file(_, let wanted) = kind { keep = wanted } else { keep = true }
    let padding = (Self.block - size % Self.block) % Self.block
    body = (kind, size, padding, keep ? Data() : nil)
    if size == 0 {
      body = nil
      try finishBody(kind, data: Data())
    }
  }

  private func fileBody(name: String, size: Int, type: UInt8, wants: (String, Int) -> Bool) -> Body {
    let regular = type == 0 || type == UInt8(ascii: "0") || type == UInt8(ascii: "7")
    guard regular else { return .file(name: name, keep: false) }
    if let reason = ArchivePath.unsafeReason(name) {
      unsafeNames.append((name, reason))
      return .file(name: name, keep: false)
    }
    members.append(ArchiveMember(name: name, size: size))
    return .file(name: name, keep: size <= maxCollected && wants(name, size))
  }

  private func finishBody(_ kind: Body, data: Data) throws(SquatwatchError) {
    switch kind {
    case .file(let name, let keep):
      if keep { collected.append((name, data)) }
    case .paxExtended:
      let records = try Self.paxRecords(data)
      if let path = records["path"] { pendingName = path }
      if let text = records["size"] {
        guard let size = Int(text), size >= 0 else {
          throw SquatwatchError(.malformed, "tar pax size '\(text.prefix(40))' is not a size")
        }
        pendingSize = size
      }
    case .longName:
      pendingName = String(decoding: data.prefix { $0 != 0 }, as: UTF8.self)
    case .paxGlobal, .longLink:
      break
    }
  }

  /// The name of a ustar header: prefix and name joined when a prefix is present.
  private static func headerName(_ header: Data) -> String {
    let name = field(header, 0, 100)
    let isUstar = header.bytes(at: 257, length: 5) == Data("ustar".utf8)
    let prefix = isUstar ? field(header, 345, 155) : ""
    return prefix.isEmpty ? name : prefix + "/" + name
  }

  private static func field(_ header: Data, _ offset: Int, _ length: Int) -> String {
    String(decoding: (header.bytes(at: offset, length: length) ?? Data()).prefix { $0 != 0 }, as: UTF8.self)
  }

  /// An octal or base-256 numeric field, nil when unreadable or beyond 2^48.
  private static func number(_ field: Data) -> Int? {
    guard let first = field.first else { return nil }
    if first & 0x80 != 0 {
      var value = Int(first & 0x7F)
      for byte in field.dropFirst() {
        guard value < 1 << 48 else { return nil }
        value = value << 8 | Int(byte)
      }
      return value < 1 << 48 ? value : nil
    }
    return octal(field)
  }

  private static func octal(_ field: Data) -> Int? {
    let digits = field.drop { $0 == 0x20 }.prefix { (0x30...0x37).contains($0) }
    guard !digits.isEmpty, digits.count <= 16 else { return nil }
    return digits.reduce(0) { $0 << 3 | Int($1 - 0x30) }
  }

  /// pax records, `"<length> <key>=<value>\n"`, as a dictionary.
  private static func paxRecords(_ data: Data) throws(SquatwatchError) -> [String: String] {
    var records: [String: String] = [:]
    var rest = data[...]
    while !rest.isEmpty {
      guard let space = rest.firstIndex(of: 0x20),
        let length = Int(String(decoding: rest[rest.startIndex..<space], as: UTF8.self)),
        length > space - rest.startIndex, length <= rest.count
      else {
        throw SquatwatchError(.malformed, "tar pax header record is corrupt")
      }
      let record = rest[(space + 1)..<(rest.startIndex + length)].dropLast()
      if let equals = record.firstIndex(of: UInt8(ascii: "=")) {
        let key = String(decoding: record[record.startIndex..<equals], as: UTF8.self)
        records[key] = String(decoding: record[(equals + 1)...], as: UTF8.self)
      }
      rest = rest.dropFirst(length)
    }
    return records
  }
}
