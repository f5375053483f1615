import Foundation

extension Data {
  /// The unsigned little-endian integer of `width` bytes at `offset` from the start, or nil past the end.
  func littleEndian(at offset: Int, width: Int) -> UInt64? {
    guard offset >= 0, width <= 8, offset <= count - width else { return nil }
    var value: UInt64 = 0
    for index in (0..<width).reversed() {
      value = value << 8 | UInt64(self[startIndex + offset + index])
    }
    return value
  }

  /// A 16-bit little-endian field as Int.
  func uint16(at offset: Int) -> Int? { littleEndian(at: offset, width: 2).map { Int($0) } }

  /// A 32-bit little-endian field as Int.
  func uint32(at offset: Int) -> Int? { littleEndian(at: offset, width: 4).map { Int($0) } }

  /// A 64-bit little-endian field as Int, nil when it does not fit.
  func uint64(at offset: Int) -> Int? {
    littleEndian(at: offset, width: 8).flatMap { $0 <= UInt64(Int.max) ? Int($0) : nil }
  }

  /// The bytes from `offset` with `length`, or nil past the end.
  func bytes(at offset: Int, length: Int) -> Data? {
    guard offset >= 0, length >= 0, offset <= count - length else { return nil }
    return self[(startIndex + offset)..<(startIndex + offset + length)]
  }
}
