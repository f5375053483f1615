import Foundation
import SquatwatchKit
import SquatwatchTestSupport
import Testing

/// Every field of a real project page, JSON API document and listing replaced, one at a time, by every JSON
/// type: the parsers never crash, and a wrong field costs at most its own item.
@Suite struct WrongTypeMutationTests {
  /// One step into a JSON value.
  enum Step: CustomStringConvertible {
    case key(String)
    case index(Int)

    var description: String {
      switch self {
      case .key(let key): key
      case .index(let index): "[\(index)]"
      }
    }
  }

  static var replacements: [Any] {
    [NSNull(), true, -1, 1e300, "", "text", [Any](), [String: Any](), [[["nested"]]], ["k": ["k": NSNull()]]]
  }

  /// Paths to every value of `value`, descending into the first element of each array.
  static func paths(_ value: Any, prefix: [Step] = []) -> [[Step]] {
    var found: [[Step]] = prefix.isEmpty ? [] : [prefix]
    if let object = value as? [String: Any] {
      for (key, child) in object.sorted(by: { $0.key < $1.key }) { found += paths(child, prefix: prefix + [.key(key)]) }
    } else if let array = value as? [Any], let first = array.first {
      found += paths(first, prefix: prefix + [.index(0)])
    }
    return found
  }

  static func replacing(_ path: ArraySlice<Step>, in value: Any, with replacement: Any) -> Any {
    guard let step = path.first else { return replacement }
    switch step {
    case .key(let key):
      guard var object = value as? [String: Any], let child = object[key] else { return value }
      object[key] = replacing(path.dropFirst(), in: child, with: replacement)
      return object
    case .index(let index):
      guard var array = value as? [Any], index < array.count else { return value }
      array[index] = replacing(path.dropFirst(), in: array[index], with: replacement)
      return array
    }
  }

  /// Every mutation of `document`, parsed by `parse`; returns how many parsed and how many were refused.
  static func mutate(
    _ document: Data, parse: (Data) throws(SquatwatchError) -> Void,
    check: ([Step], Result<Void, SquatwatchError>) -> Void
  ) throws -> (parsed: Int, refused: Int) {
    let root = try JSONSerialization.jsonObject(with: document)
    var parsed = 0
    var refused = 0
    for path in paths(root) {
      for replacement in replacements {
        let mutated = try JSONSerialization.data(withJSONObject: replacing(path[...], in: root, with: replacement))
        let result = Result { () throws(SquatwatchError) in try parse(mutated) }
        if case .success = result { parsed += 1 } else { refused += 1 }
        check(path, result)
      }
    }
    return (parsed, refused)
  }

  /// A file of the generated mirror, for its first project (`%@` stands for the name).
  static func sample(_ pattern: String) throws -> Data {
    let name = try CrawlerTests.projects.first ?? ""
    let relative = pattern.replacingOccurrences(of: "%@", with: name)
    return try Data(contentsOf: try CrawlerTests.mirror.url.appendingPathComponent(relative))
  }

  @Test func projectPageFieldsOfWrongTypesCostAtMostTheFile() throws {
    let page = try Self.sample("web/simple/%@/index.v1_json")
    let counts = try Self.mutate(page) { (data: Data) throws(SquatwatchError) in
      _ = try SimpleIndexParser.parseProjectPage(data, format: .json, name: "demo", pageURL: "https://h/simple/demo/")
    } check: { path, result in
      // A wrong type for a file entry or inside one drops that field or file, never the page.
      if path.count >= 2, case .key("files") = path[0], case .failure(let error) = result {
        Issue.record("page refused for a wrong type at \(path.map(\.description).joined(separator: ".")): \(error)")
      }
    }
    print("wrong-type mutations: project page: \(counts.parsed) parsed, \(counts.refused) refused")
    #expect(counts.parsed > 0)
  }

  @Test func jsonAPIFieldsOfWrongTypesNeverCrash() throws {
    let document = try Self.sample("web/pypi/%@/json")
    let counts = try Self.mutate(document) { (data: Data) throws(SquatwatchError) in
      _ = try JSONAPIParser.parse(data)
    } check: { path, result in
      // Only losing `info` or its `name` makes a document unreadable (a clear error for that project).
      let essential = path.count == 2 && path[1].description == "name"
      if path.count > 1, !essential, case .failure(let error) = result {
        Issue.record("document refused for a wrong type at \(path.map(\.description).joined(separator: ".")): \(error)")
      }
    }
    print("wrong-type mutations: JSON API document: \(counts.parsed) parsed, \(counts.refused) refused")
    #expect(counts.parsed > 0)
  }

  @Test func listingEntriesOfWrongTypesCostOnlyThatEntry() throws {
    let listing = Data(
      #"{"meta":{"api-version":"1.1","_last-serial":30},"projects":[{"name":"first","_last-serial":10},{"name":"second","_last-serial":20},{"name":"third","_last-serial":30}]}"#
        .utf8)
    let counts = try Self.mutate(listing) { (data: Data) throws(SquatwatchError) in
      let parsed = try SimpleIndexParser.parseListing(data, format: .json)
      guard parsed.entries.count >= 2 else { throw SquatwatchError(.malformed, "lost more than one entry") }
    } check: { path, result in
      if path.count > 1, case .key("projects") = path[0], case .failure(let error) = result {
        Issue.record("listing lost more than the entry at \(path.map(\.description).joined(separator: ".")): \(error)")
      }
    }
    print("wrong-type mutations: listing: \(counts.parsed) parsed, \(counts.refused) refused")
  }
}
