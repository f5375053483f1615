import Foundation

/// A forward-only reader of JSON text that checks the syntax as it goes and builds nothing it is not asked for.
///
/// Values a caller does not want are skipped with an explicit depth count, not recursion, so hostile nesting is
/// refused at `JSONListingReader.maxDepth` levels without touching the stack. Valid only inside the
/// `withUnsafeBytes` call that made it.
struct JSONScanner {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var position = 0
  /// The closing byte of each array and object open around the cursor, innermost last.
  private var containers: [UInt8] = []

  init(_ bytes: UnsafeRawBufferPointer) {
    self.bytes = bytes.bindMemory(to: UInt8.self)
  }

  /// The next byte that is not whitespace, without consuming it.
  mutating func peek() -> UInt8? {
    skipWhitespace()
    return position < bytes.count ? bytes[position] : nil
  }

  /// Checks that nothing but whitespace follows the document.
  mutating func finish() throws(SquatwatchError) {
    guard peek() == nil else { throw error("text after the end of the document") }
  }

  /// Reads an object, handing each key to `member`, which must consume the value.
  mutating func readObject(
    _ member: (String, inout JSONScanner) throws(SquatwatchError) -> Void
  ) throws(SquatwatchError) {
    try open(UInt8(ascii: "{"))
    if peek() == UInt8(ascii: "}") { return close() }
    while true {
      guard peek() == UInt8(ascii: "\"") else { throw error("an object key is not a string") }
      let key = try readString()
      guard peek() == UInt8(ascii: ":") else { throw error("no ':' after an object key") }
      position += 1
      try member(key, &self)
      switch peek() {
      case UInt8(ascii: ","): position += 1
      case UInt8(ascii: "}"): return close()
      default: throw error("no ',' or '}' after an object member")
      }
    }
  }

  /// Reads an array, calling `element` for each element, which must consume it.
  mutating func readArray(_ element: (inout JSONScanner) throws(SquatwatchError) -> Void) throws(SquatwatchError) {
    try open(UInt8(ascii: "["))
    if peek() == UInt8(ascii: "]") { return close() }
    while true {
      try element(&self)
      switch peek() {
      case UInt8(ascii: ","): position += 1
      case UInt8(ascii: "]"): return close()
      default: throw error("no ',' or ']' after an array element")
      }
    }
  }

  /// A string value; nil (the value skipped) for any other type.
  mutating func readStringValue() throws(SquatwatchError) -> String? {
    guard peek() == UInt8(ascii: "\"") else {
      try skipValue()
      return nil
    }
    return try readString()
  }

  /// An integer sent as an integral number or a numeric string (servers differ on `_last-serial`); nil (the value
  /// skipped) for anything else.
  mutating func readInteger() throws(SquatwatchError) -> Int? {
    switch peek() {
    case UInt8(ascii: "\""):
      return Int(try readString())
    case UInt8(ascii: "-"), .some(UInt8(ascii: "0")...UInt8(ascii: "9")):
      return try readNumber()
    default:
      try skipValue()
      return nil
    }
  }

  /// Skips one value of any type, checking its syntax.
  mutating func skipValue() throws(SquatwatchError) {
    let outer = containers.count
    value: while true {
      switch peek() {
      case UInt8(ascii: "{"):
        try open(UInt8(ascii: "{"))
        if peek() != UInt8(ascii: "}") {
          try skipKey()
          continue value
        }
        close()
      case UInt8(ascii: "["):
        try open(UInt8(ascii: "["))
        if peek() != UInt8(ascii: "]") { continue value }
        close()
      case UInt8(ascii: "\""):
        try skipString()
      case UInt8(ascii: "t"):
        try literal("true")
      case UInt8(ascii: "f"):
        try literal("false")
      case UInt8(ascii: "n"):
        try literal("null")
      case UInt8(ascii: "-"), .some(UInt8(ascii: "0")...UInt8(ascii: "9")):
        _ = try readNumber()
      default:
        throw error("no value where one is expected")
      }
      // A value ended: close the containers that end with it, or go on to the next member or element.
      while containers.count > outer {
        let closing = containers[containers.count - 1]
        switch peek() {
        case UInt8(ascii: ","):
          position += 1
          if closing == UInt8(ascii: "}") { try skipKey() }
          continue value
        case closing:
          close()
        default:
          throw error("an array or object is not closed")
        }
      }
      return
    }
  }

  private mutating func open(_ byte: UInt8) throws(SquatwatchError) {
    guard peek() == byte else { throw error("no '\(Character(Unicode.Scalar(byte)))' where one is expected") }
    guard containers.count < JSONListingReader.maxDepth else {
      throw error("nesting deeper than \(JSONListingReader.maxDepth) levels")
    }
    position += 1
    containers.append(byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]"))
  }

  private mutating func close() {
    position += 1
    containers.removeLast()
  }

  /// Skips an object key and its colon.
  private mutating func skipKey() throws(SquatwatchError) {
    guard peek() == UInt8(ascii: "\"") else { throw error("an object key is not a string") }
    try skipString()
    guard peek() == UInt8(ascii: ":") else { throw error("no ':' after an object key") }
    position += 1
  }

  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D: position += 1
      default: return
      }
    }
  }

  private mutating func literal(_ word: StaticString) throws(SquatwatchError) {
    let count = word.utf8CodeUnitCount
    guard position + count <= bytes.count,
      UnsafeBufferPointer(rebasing: bytes[position..<(position + count)]).elementsEqual(
        UnsafeBufferPointer(start: word.utf8Start, count: count))
    else { throw error("an unknown literal") }
    position += count
  }

  /// A number; its value when it is an integer that fits, otherwise nil.
  private mutating func readNumber() throws(SquatwatchError) -> Int? {
    let start = position
    if position < bytes.count && bytes[position] == UInt8(ascii: "-") { position += 1 }
    let integerStart = position
    try digits()
    if bytes[integerStart] == UInt8(ascii: "0") && position - integerStart > 1 {
      throw error("a number with a leading zero")
    }
    var integral = true
    if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
      position += 1
      try digits()
      integral = false
    }
    if position < bytes.count && (bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E")) {
      position += 1
      if position < bytes.count && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")) {
        position += 1
      }
      try digits()
      integral = false
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    if integral, let value = Int(text) { return value }
    // As cJSON reads numbers: a double, an integer only when it is exactly one.
    return Double(text).flatMap { Int(exactly: $0) }
  }

  private mutating func digits() throws(SquatwatchError) {
    let start = position
    while position < bytes.count && bytes[position] >= 0x30 && bytes[position] <= 0x39 { position += 1 }
    guard position > start else { throw error("a number without digits") }
  }

  private mutating func skipString() throws(SquatwatchError) {
    _ = try readString(keep: false)
  }

  private mutating func readString() throws(SquatwatchError) -> String {
    try readString(keep: true)
  }

  /// A string at the cursor, its escapes decoded (`\u0000` as U+2400, as the other JSON readers keep it visible);
  /// when `keep` is false only checked.
  private mutating func readString(keep: Bool) throws(SquatwatchError) -> String {
    position += 1
    let start = position
    while position < bytes.count, bytes[position] != UInt8(ascii: "\"") {
      if bytes[position] == UInt8(ascii: "\\") { return try readEscapedString(from: start, keep: keep) }
      position += 1
    }
    guard position < bytes.count else { throw error("a string is not closed") }
    position += 1
    guard keep else { return "" }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(position - 1)]), as: UTF8.self)
  }

  private mutating func readEscapedString(from start: Int, keep: Bool) throws(SquatwatchError) -> String {
    var decoded = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<position]))
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      switch byte {
      case UInt8(ascii: "\""):
        return keep ? String(decoding: decoded, as: UTF8.self) : ""
      case UInt8(ascii: "\\"):
        guard position < bytes.count else { break }
        let escaped = bytes[position]
        position += 1
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escaped)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"): decoded.append(contentsOf: try unicodeEscape())
        default: throw error("an unknown escape in a string")
        }
      default:
        decoded.append(byte)
      }
    }
    throw error("a string is not closed")
  }

  /// The UTF-8 bytes of a `\uXXXX` escape (the `\u` already read), joining a surrogate pair.
  private mutating func unicodeEscape() throws(SquatwatchError) -> [UInt8] {
    var scalar = try hexQuad()
    if (0xDC00...0xDFFF).contains(scalar) { throw error("a lone low surrogate in a string") }
    if (0xD800...0xDBFF).contains(scalar) {
      guard position + 2 <= bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
      else { throw error("a lone high surrogate in a string") }
      position += 2
      let low = try hexQuad()
      guard (0xDC00...0xDFFF).contains(low) else { throw error("a lone high surrogate in a string") }
      scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
    }
    // U+0000 would cut C strings short elsewhere; it is kept visible as U+2400 (␀).
    let value = Unicode.Scalar(scalar == 0 ? 0x2400 : scalar) ?? "\u{FFFD}"
    return Array(String(Character(value)).utf8)
  }

  private mutating func hexQuad() throws(SquatwatchError) -> UInt32 {
    guard position + 4 <= bytes.count else { throw error("a short \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let digit = Character(Unicode.Scalar(bytes[position])).hexDigitValue else {
        throw error("a \\u escape with a non-hex digit")
      }
      value = value << 4 | UInt32(digit)
      position += 1
    }
    return value
  }

  private func error(_ what: String) -> SquatwatchError {
    SquatwatchError(.malformed, "JSON is not valid: \(what) at byte \(position)")
  }
}
