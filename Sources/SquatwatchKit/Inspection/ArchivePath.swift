/// Checks on untrusted member names from zip and tar archives.
enum ArchivePath {
  /// Why `name` must not be trusted as a relative path, or nil when it is safe.
  static func unsafeReason(_ name: String) -> String? {
    if name.isEmpty { return "empty name" }
    if name.utf8.contains(0) { return "NUL in name" }
    if name.utf8.contains(UInt8(ascii: "\\")) { return "backslash in name" }
    if name.hasPrefix("/") { return "absolute path" }
    let head = Array(name.utf8.prefix(2))
    if head.count == 2, head[1] == UInt8(ascii: ":"), Character(Unicode.Scalar(head[0])).isLetter {
      return "drive-letter path"
    }
    var componentStart = true
    var dots = 0
    for byte in name.utf8 {
      if byte == UInt8(ascii: "/") {
        if componentStart && dots == 2 { return "'..' component" }
        componentStart = true
        dots = 0
      } else if componentStart && byte == UInt8(ascii: ".") && dots < 2 {
        dots += 1
      } else {
        componentStart = false
      }
    }
    return componentStart && dots == 2 ? "'..' component" : nil
  }
}
