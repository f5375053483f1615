internal import CSquatwatchShims
public import Foundation

/// CRC-32 as zip and gzip use it, computed by zlib.
public enum CRC32 {
  /// The CRC-32 of `data`, continuing from `initial` for incremental use.
  public static func checksum(_ data: Data, initial: UInt32 = 0) -> UInt32 {
    data.withUnsafeBytes { raw in
      guard let base = raw.bindMemory(to: Bytef.self).baseAddress else { return initial }
      return UInt32(crc32(uLong(initial), base, uInt(raw.count)))
    }
  }
}
