import Foundation

/// How much real code one Python module holds, from a single linear scan of its source.
///
/// Comments, blank lines, docstrings (any statement that is only string literals), `pass`
/// and `...` do not count. A module "defines" something when it has a `def`, `class` or an
/// assignment to a name other than dunders and version names (`__version__ = "1.0"`).
struct PythonSourceSummary: Hashable, Sendable {
  /// Bytes of code, not counting comments, docstrings, blank lines, `pass`, indentation or newlines.
  var codeBytes = 0
  /// Whether any statement defines a function, class or non-metadata name.
  var definesAnything = false

  private static let quoteMarks: Set<UInt8> = [UInt8(ascii: "'"), UInt8(ascii: "\"")]
  private static let stringPrefixes = Set("rRbBuUfFtT".utf8)

  /// Scans `source`; the caller bounds its size.
  init(source: Data) {
    let bytes = [UInt8](source)
    var statement = StatementScan()
    var index = 0
    var depth = 0
    var atLineStart = true
    var pendingSpace = 0
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        index += 1
        pendingSpace = 0
        atLineStart = true
        if depth == 0 { finish(&statement) } else { statement.skeleton.append(UInt8(ascii: " ")) }
        continue
      case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0C:
        if !atLineStart { pendingSpace += 1 }
        statement.skeleton.append(UInt8(ascii: " "))
        index += 1
        continue
      case UInt8(ascii: "#"):
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: "\r") {
          index += 1
        }
        continue
      case UInt8(ascii: "\\") where index + 1 < bytes.count && [0x0A, 0x0D].contains(bytes[index + 1]):
        // An explicit line join keeps the statement open.
        index += 2
        if index < bytes.count, bytes[index - 1] == 0x0D, bytes[index] == 0x0A { index += 1 }
        pendingSpace = 0
        atLineStart = true
        continue
      default:
        break
      }
      statement.bytes += pendingSpace
      pendingSpace = 0
      atLineStart = false
      if Self.quoteMarks.contains(byte) {
        let end = Self.stringEnd(bytes, from: index)
        statement.bytes += bytes[index..<end].filter { $0 != 0x0A && $0 != 0x0D }.count
        Self.dropStringPrefix(&statement.skeleton)
        statement.skeleton.append(UInt8(ascii: "S"))
        index = end
        continue
      }
      switch byte {
      case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
      case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
      case UInt8(ascii: ";") where depth == 0:
        statement.bytes += 1
        finish(&statement)
        index += 1
        continue
      default: break
      }
      statement.bytes += 1
      statement.skeleton.append(byte)
      index += 1
    }
    finish(&statement)
  }

  /// One statement being scanned: its code bytes and its text with string literals replaced by `S`.
  private struct StatementScan {
    var bytes = 0
    var skeleton: [UInt8] = []
  }

  private mutating func finish(_ statement: inout StatementScan) {
    defer { statement = StatementScan() }
    // The scan writes every whitespace character as a space; strings are kept as `S`.
    let skeleton = statement.skeleton
    guard let first = skeleton.firstIndex(where: { $0 != UInt8(ascii: " ") }),
      let last = skeleton.lastIndex(where: { $0 != UInt8(ascii: " ") })
    else { return }
    let text = skeleton[first...last]
    if text.elementsEqual("pass".utf8) || text.elementsEqual("...".utf8)
      || text.allSatisfy({ $0 == UInt8(ascii: "S") || $0 == UInt8(ascii: " ") })
    {
      return
    }
    codeBytes += statement.bytes
    if !definesAnything { definesAnything = Self.defines(String(decoding: text, as: UTF8.self)) }
  }

  private static func defines(_ text: String) -> Bool {
    if text.hasPrefix("def ") || text.hasPrefix("class ") || text.hasPrefix("async def ") { return true }
    guard let target = assignmentTarget(text) else { return false }
    let name = target.split(separator: ":", maxSplits: 1).first.map { $0.trimmingWhitespace() }
    guard let name, !name.isEmpty else { return true }
    let isDunder = name.count > 4 && name.hasPrefix("__") && name.hasSuffix("__") && !name.contains(" ")
    return !(isDunder || ["version", "version_info"].contains(name.lowercased()))
  }

  /// The text before a top-level assignment `=` (plain, annotated or augmented), if the statement assigns.
  private static func assignmentTarget(_ text: String) -> String? {
    let chars = Array(text.utf8)
    var depth = 0
    for (index, byte) in chars.enumerated() {
      switch byte {
      case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
      case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
      case UInt8(ascii: "=") where depth == 0:
        let next = index + 1 < chars.count ? chars[index + 1] : 0
        let previous = index > 0 ? chars[index - 1] : 0
        let beforePrevious = index > 1 ? chars[index - 2] : 0
        if next == UInt8(ascii: "=") || previous == UInt8(ascii: "=") || previous == UInt8(ascii: "!") { continue }
        let comparison = (previous == UInt8(ascii: "<") || previous == UInt8(ascii: ">")) && beforePrevious != previous
        if comparison { continue }
        let operators = Set("+-*/%@&|^<>:".utf8)
        return String(decoding: chars[..<index].reversed().drop(while: operators.contains).reversed(), as: UTF8.self)
      default: break
      }
    }
    return nil
  }

  /// The index just past the string literal that starts at `start` (or the end of input if unterminated).
  private static func stringEnd(_ bytes: [UInt8], from start: Int) -> Int {
    let quote = bytes[start]
    let triple = start + 2 < bytes.count && bytes[start + 1] == quote && bytes[start + 2] == quote
    var index = start + (triple ? 3 : 1)
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\\") {
        index += 2
        continue
      }
      if byte == quote {
        if !triple { return index + 1 }
        if index + 2 < bytes.count && bytes[index + 1] == quote && bytes[index + 2] == quote { return index + 3 }
      } else if !triple && (byte == 0x0A || byte == 0x0D) {
        return index
      }
      index += 1
    }
    return bytes.count
  }

  /// Removes a string prefix such as `rb` or `f` that the scan already copied.
  private static func dropStringPrefix(_ skeleton: inout [UInt8]) {
    let letters = skeleton.reversed().prefix { stringPrefixes.contains($0) }.count
    guard letters > 0, letters <= 2 else { return }
    let before = skeleton.count > letters ? skeleton[skeleton.count - letters - 1] : UInt8(ascii: " ")
    let isIdentifierChar =
      before == UInt8(ascii: "_") || (before < 0x80 && Character(Unicode.Scalar(before)).isLetter)
      || (0x30...0x39).contains(before)
    if !isIdentifierChar { skeleton.removeLast(letters) }
  }
}
