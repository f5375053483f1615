import Foundation

/// Reads a PEP 691 project list in one pass over its bytes, without a document tree.
///
/// A tree of pypi.org's listing is millions of nodes; here each entry's name and serial go to the caller as they
/// are read, so the listing costs only the entries the caller keeps. The whole document is still checked as JSON
/// (a broken one is refused), nesting is bounded as cJSON bounds it, and a wrong type costs only its entry.
enum JSONListingReader {
  /// What the listing says besides its entries.
  struct Meta {
    var lastSerial: Int?
    var apiVersion: String?
  }

  /// Nesting deeper than this is refused (cJSON's limit, which the other documents' parser keeps).
  static let maxDepth = 1000

  /// Reads `data`, handing each element of `projects` to `entry`: its name and serial, nil where missing or of
  /// the wrong type (an element that is not an object gives both nil).
  ///
  /// - Throws: `malformed` for a body that is not JSON or has no `projects` list, whatever `entry` throws.
  static func read(
    _ data: Data, entry: (_ name: String?, _ serial: Int?) throws(SquatwatchError) -> Void
  ) throws(SquatwatchError) -> Meta {
    let result: Result<Meta, SquatwatchError> = data.withUnsafeBytes { raw in
      var scanner = JSONScanner(raw)
      return Result { () throws(SquatwatchError) in try readRoot(&scanner, entry: entry) }
    }
    return try result.get()
  }

  private static func readRoot(
    _ scanner: inout JSONScanner, entry: (String?, Int?) throws(SquatwatchError) -> Void
  ) throws(SquatwatchError) -> Meta {
    var meta: Meta?
    var sawProjects = false
    let noProjects = SquatwatchError(.malformed, "JSON project list has no \"projects\" array")
    guard scanner.peek() == UInt8(ascii: "{") else {
      try scanner.skipValue()
      try scanner.finish()
      throw noProjects
    }
    try scanner.readObject { key, scanner throws(SquatwatchError) in
      if key == "projects" && !sawProjects {
        sawProjects = true
        guard scanner.peek() == UInt8(ascii: "[") else { throw noProjects }
        try scanner.readArray { scanner throws(SquatwatchError) in try readEntry(&scanner, entry: entry) }
      } else if key == "meta" && meta == nil && scanner.peek() == UInt8(ascii: "{") {
        var read = Meta()
        var seenSerial = false
        var seenVersion = false
        try scanner.readObject { key, scanner throws(SquatwatchError) in
          // The first of duplicate keys counts, as cJSON's lookup finds it.
          if key == "_last-serial" && !seenSerial {
            seenSerial = true
            read.lastSerial = try scanner.readInteger()
          } else if key == "api-version" && !seenVersion {
            seenVersion = true
            read.apiVersion = try scanner.readStringValue()
          } else {
            try scanner.skipValue()
          }
        }
        meta = read
      } else {
        try scanner.skipValue()
      }
    }
    try scanner.finish()
    guard sawProjects else { throw noProjects }
    return meta ?? Meta()
  }

  private static func readEntry(
    _ scanner: inout JSONScanner, entry: (String?, Int?) throws(SquatwatchError) -> Void
  ) throws(SquatwatchError) {
    guard scanner.peek() == UInt8(ascii: "{") else {
      try scanner.skipValue()
      return try entry(nil, nil)
    }
    var name: String?
    var serial: Int?
    var seenName = false
    var seenSerial = false
    try scanner.readObject { key, scanner throws(SquatwatchError) in
      // The first of duplicate keys counts, as cJSON's lookup finds it.
      if key == "name" && !seenName {
        seenName = true
        name = try scanner.readStringValue()
      } else if key == "_last-serial" && !seenSerial {
        seenSerial = true
        serial = try scanner.readInteger()
      } else {
        try scanner.skipValue()
      }
    }
    try entry(name, serial)
  }
}
