internal import CSquatwatchShims
import Foundation

/// A JSON document parsed by cJSON and read in place through `JSONTree.Value` views.
///
/// Registry documents are read field by field with every type checked, so a wrong type costs only that field
/// (registries disagree on types, and attackers send wrong ones on purpose). Reading the C tree directly is
/// several times cheaper than `Decodable` on the crawl's hot path. The tree lives only while `read` runs, so no
/// cJSON pointer escapes; cJSON bounds nesting (1,000 levels) and bodies are size-capped before they get here.
enum JSONTree {
  /// cJSON's allocations go to a per-thread arena (see the shim): installed once, before the first tree.
  static let allocator: Void = sqw_cjson_use_arena()

  /// One value of the tree; valid only inside the `read` call that produced it.
  struct Value {
    private let node: UnsafeMutablePointer<cJSON>

    fileprivate init(_ node: UnsafeMutablePointer<cJSON>) {
      self.node = node
    }

    private var type: Int32 { node.pointee.type & 0xFF }

    var isArray: Bool { type == cJSON_Array }
    var isObject: Bool { type == cJSON_Object }
    var isNull: Bool { type == cJSON_NULL }

    /// The member `key` of an object; nil for a missing key or a value that is not an object.
    subscript(key: String) -> Value? {
      guard isObject, let member = cJSON_GetObjectItemCaseSensitive(node, key) else { return nil }
      return Value(member)
    }

    /// A string's value.
    var string: String? {
      guard type == cJSON_String, let text = node.pointee.valuestring else { return nil }
      return String(cString: text)
    }

    /// An integer sent as an integral number or a numeric string (servers differ on `_last-serial`).
    var integer: Int? {
      if type == cJSON_Number { return Int(exactly: node.pointee.valuedouble) }
      return string.flatMap { Int($0) }
    }

    /// A boolean's value.
    var bool: Bool? {
      switch type {
      case cJSON_True: true
      case cJSON_False: false
      default: nil
      }
    }

    /// An array's elements in order; empty for any other value.
    var elements: [Value] {
      guard isArray else { return [] }
      var values: [Value] = []
      var child = node.pointee.child
      while let current = child {
        values.append(Value(current))
        child = current.pointee.next
      }
      return values
    }

    /// An object's members in document order; empty for any other value.
    var members: [(key: String, value: Value)] {
      guard isObject else { return [] }
      var values: [(key: String, value: Value)] = []
      var child = node.pointee.child
      while let current = child {
        if let key = current.pointee.string { values.append((String(cString: key), Value(current))) }
        child = current.pointee.next
      }
      return values
    }

    /// An array's string elements, skipping the others; nil when the value is not an array.
    var strings: [String]? {
      guard isArray else { return nil }
      return elements.compactMap(\.string)
    }

    /// An object's string members, skipping the others; nil when the value is not an object.
    var stringMap: [String: String]? {
      guard isObject else { return nil }
      var map: [String: String] = [:]
      for (key, value) in members {
        if let text = value.string { map[key] = text }
      }
      return map
    }
  }

  /// Parses `data` and hands its root to `body`.
  ///
  /// - Parameter what: names the document in the error for a body that is not JSON.
  /// - Throws: `malformed` when `data` is not JSON, or whatever `body` throws.
  static func read<T>(
    _ data: Data, what: String, _ body: (Value) throws(SquatwatchError) -> T
  ) throws(SquatwatchError) -> T {
    Self.allocator
    let root: UnsafeMutablePointer<cJSON>? = withoutEscapedNUL(data).withUnsafeBytes { raw in
      guard let base = raw.bindMemory(to: CChar.self).baseAddress else { return nil }
      return cJSON_ParseWithLength(base, raw.count)
    }
    guard let root else { throw SquatwatchError(.malformed, "\(what) is not valid JSON") }
    defer { cJSON_Delete(root) }
    return try body(Value(root))
  }

  /// `data` with every `\u0000` escape turned into `\u2400` (␀).
  ///
  /// cJSON keeps strings NUL-terminated, so an escaped NUL would silently cut a value short (`a\u0000b` would
  /// read as the valid name `a`); the visible stand-in keeps such a value as wrong as it was sent.
  static func withoutEscapedNUL(_ data: Data) -> Data {
    guard containsEscapedNUL(data) else { return data }
    var bytes = [UInt8](data)
    var index = 0
    while index + 1 < bytes.count {
      guard bytes[index] == UInt8(ascii: "\\") else {
        index += 1
        continue
      }
      if bytes[index + 1] == UInt8(ascii: "u"), index + 6 <= bytes.count,
        bytes[(index + 2)..<(index + 6)].elementsEqual("0000".utf8)
      {
        bytes.replaceSubrange((index + 2)..<(index + 6), with: "2400".utf8)
      }
      // Skip the escaped character, so `\\u0000` (a backslash, then text) is left alone.
      index += 2
    }
    return Data(bytes)
  }

  /// Whether `data` holds the text `\u0000`; backslashes are rare in index documents, so memchr finds them fast.
  private static func containsEscapedNUL(_ data: Data) -> Bool {
    data.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return false }
      var offset = 0
      while offset < raw.count, let hit = memchr(base + offset, Int32(UInt8(ascii: "\\")), raw.count - offset) {
        let index = base.distance(to: UnsafeRawPointer(hit))
        if index + 6 <= raw.count, raw[(index + 1)..<(index + 6)].elementsEqual("u0000".utf8) { return true }
        offset = index + 1
      }
      return false
    }
  }
}

@available(*, unavailable)
extension JSONTree.Value: Sendable {}
