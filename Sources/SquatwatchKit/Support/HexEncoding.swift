/// Lowercase hexadecimal encoding of bytes.
public enum HexEncoding {
  private static let digits = Array("0123456789abcdef".utf8)

  /// The bytes as lowercase hex, two characters a byte.
  public static func string(_ bytes: some Sequence<UInt8>) -> String {
    var chars = [UInt8]()
    for byte in bytes {
      chars.append(digits[Int(byte >> 4)])
      chars.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: chars, as: UTF8.self)
  }
}
