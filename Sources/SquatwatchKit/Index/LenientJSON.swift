/// Decoders for the JSON values registries disagree on, which must never fail a whole page.
///
/// Servers differ (`_last-serial` is an int on PyPI and a string on bandersnatch
/// project pages) and attackers send wrong types on purpose, so each field
/// decodes to nil rather than throwing when its type is off.
enum LenientJSON {
  /// An integer sent as a number or a numeric string.
  struct Integer: Decodable {
    var value: Int?

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let int = try? container.decode(Int.self) {
        value = int
      } else if let string = try? container.decode(String.self) {
        value = Int(string)
      } else {
        value = nil
      }
    }
  }

  /// A string, or nil for null and any other type.
  struct Text: Decodable {
    var value: String?

    init(from decoder: any Decoder) throws {
      value = try? decoder.singleValueContainer().decode(String.self)
    }
  }

  /// `false`, `true`, or a reason string (PEP 592 `yanked`).
  struct Flag: Decodable {
    var isSet = false
    var reason: String?

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let bool = try? container.decode(Bool.self) {
        isSet = bool
      } else if let string = try? container.decode(String.self) {
        isSet = true
        reason = string.isEmpty ? nil : string
      }
    }
  }

  /// `false`, `true` or `{hashname: hex}` (PEP 714 `core-metadata`).
  struct HashFlag: Decodable {
    var availability = CoreMetadataAvailability.absent

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let bool = try? container.decode(Bool.self) {
        availability = bool ? .available(sha256: nil) : .absent
      } else if let hashes = try? container.decode([String: String].self) {
        availability = .available(sha256: hashes["sha256"])
      }
    }
  }

  /// A list of strings, dropping elements of other types; nil for null or a non-list.
  struct Strings: Decodable {
    var values: [String] = []

    init(from decoder: any Decoder) throws {
      guard var container = try? decoder.unkeyedContainer() else { return }
      while !container.isAtEnd {
        if let string = try? container.decode(String.self) {
          values.append(string)
        } else {
          _ = try? container.decode(Skip.self)
        }
      }
    }
  }

  /// A list keeping the elements that decode as `Element` and dropping the others, so one hostile entry
  /// costs only itself; a value that is not a list still fails, as the whole field is then unusable.
  struct Elements<Element: Decodable>: Decodable {
    var values: [Element] = []

    init(from decoder: any Decoder) throws {
      var container = try decoder.unkeyedContainer()
      while !container.isAtEnd {
        if let element = try? container.decode(Element.self) {
          values.append(element)
        } else {
          _ = try? container.decode(Skip.self)
        }
      }
    }
  }

  /// Consumes any value.
  struct Skip: Decodable {
    init(from decoder: any Decoder) throws {}
  }

  /// A string-to-string object, dropping entries of other types.
  struct StringMap: Decodable {
    var values: [String: String] = [:]

    init(from decoder: any Decoder) throws {
      guard let container = try? decoder.container(keyedBy: AnyKey.self) else { return }
      for key in container.allKeys {
        if let value = try? container.decode(String.self, forKey: key) { values[key.stringValue] = value }
      }
    }
  }

  /// A coding key for objects with arbitrary keys.
  struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }
}
