internal import CSquatwatchShims
import Foundation

/// Builds one JSON object with cJSON and prints it compactly; nil values are left out.
///
/// The crawl writes a facts object per project and an inspection per distribution, where `JSONEncoder`'s generic
/// machinery cost more than the rest of the commit; `JSONTree` or `JSONDecoder` read the result back.
struct JSONObjectWriter: ~Copyable {
  private let object: UnsafeMutablePointer<cJSON>
  /// Whether this writer frees its object; a nested object belongs to the object it was added to.
  private let owned: Bool

  init() {
    JSONTree.allocator
    guard let object = cJSON_CreateObject() else { preconditionFailure("cJSON_CreateObject: out of memory") }
    self.object = object
    owned = true
  }

  private init(nested object: UnsafeMutablePointer<cJSON>) {
    self.object = object
    owned = false
  }

  deinit {
    if owned { cJSON_Delete(object) }
  }

  /// Adds an object, filled by `fill`.
  func set(_ key: String, object fill: (borrowing JSONObjectWriter) -> Void) {
    guard let nested = cJSON_AddObjectToObject(object, key) else { return }
    fill(JSONObjectWriter(nested: nested))
  }

  /// Adds an array with an object per value, each filled by `fill`.
  func set<Value>(_ key: String, objects values: [Value], _ fill: (borrowing JSONObjectWriter, Value) -> Void) {
    guard let array = cJSON_AddArrayToObject(object, key) else { return }
    for value in values {
      guard let nested = cJSON_CreateObject() else { return }
      cJSON_AddItemToArray(array, nested)
      fill(JSONObjectWriter(nested: nested), value)
    }
  }

  func set(_ key: String, _ value: String?) {
    guard let value else { return }
    cJSON_AddStringToObject(object, key, Self.visibleNUL(value))
  }

  func set(_ key: String, _ value: Bool) {
    cJSON_AddBoolToObject(object, key, value ? 1 : 0)
  }

  /// Integers are stored as doubles by cJSON: exact up to 2^53, far beyond any count, size or time here.
  func set(_ key: String, _ value: Int?) {
    guard let value else { return }
    cJSON_AddNumberToObject(object, key, Double(value))
  }

  func set(_ key: String, _ values: [String]) {
    guard let array = cJSON_AddArrayToObject(object, key) else { return }
    for value in values { cJSON_AddItemToArray(array, cJSON_CreateString(Self.visibleNUL(value))) }
  }

  func set(_ key: String, _ values: [Int]) {
    guard let array = cJSON_AddArrayToObject(object, key) else { return }
    for value in values { cJSON_AddItemToArray(array, cJSON_CreateNumber(Double(value))) }
  }

  /// `text` with NULs shown as ␀, as `JSONTree` reads them: a C string would end at the first one.
  private static func visibleNUL(_ text: String) -> String {
    text.utf8.contains(0) ? text.replacingOccurrences(of: "\u{0}", with: "\u{2400}") : text
  }

  /// The object as compact JSON text.
  consuming func data() -> Data {
    guard let text = cJSON_PrintUnformatted(object) else {
      preconditionFailure("cJSON_PrintUnformatted: out of memory")
    }
    defer { cJSON_free(text) }
    return Data(bytes: text, count: strlen(text))
  }
}
