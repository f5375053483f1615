/// PEP 503 name normalization, plus a check that a name is safe to use as a key.
public enum ProjectName {
  /// Lowercases `name` and collapses each run of `-`, `_` and `.` into one `-`.
  public static func normalize(_ name: some StringProtocol) -> String {
    var out = [UInt8]()
    out.reserveCapacity(name.utf8.count)
    var inSeparator = false
    for byte in name.utf8 {
      if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") {
        if !inSeparator { out.append(UInt8(ascii: "-")) }
        inSeparator = true
      } else {
        inSeparator = false
        out.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Whether `name` is a plausible project name: ASCII letters, digits and
  /// separators, at most 200 bytes, starting and ending alphanumeric.
  ///
  /// Registries are attacker-written, so names that fail this (path
  /// traversal, NUL, non-ASCII look-alikes, absurd lengths) are refused
  /// before they reach a URL or the cache.
  public static func isValid(_ name: some StringProtocol) -> Bool {
    let bytes = Array(name.utf8)
    guard !bytes.isEmpty, bytes.count <= 200 else { return false }
    func isAlphanumeric(_ byte: UInt8) -> Bool {
      (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }
    guard let first = bytes.first, let last = bytes.last, isAlphanumeric(first), isAlphanumeric(last)
    else { return false }
    return bytes.allSatisfy {
      isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
    }
  }
}
