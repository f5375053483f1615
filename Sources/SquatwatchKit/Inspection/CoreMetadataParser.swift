import Foundation

/// Parses Core Metadata (METADATA, PKG-INFO, PEP 658 `.metadata`): RFC 822 style headers, body ignored.
package enum CoreMetadataParser {
  /// The fields squatwatch uses; unknown fields and the description body are skipped.
  package static func parse(_ text: String) -> CoreMetadata {
    var metadata = CoreMetadata()
    for (key, value) in headers(text) {
      switch key.lowercased() {
      case "name": metadata.name = metadata.name ?? value
      case "version": metadata.version = metadata.version ?? value
      case "summary": metadata.summary = metadata.summary ?? value
      case "author-email": metadata.authorEmail = metadata.authorEmail ?? value
      case "home-page": metadata.homePage = metadata.homePage ?? value
      case "project-url": metadata.projectURLs.append(value)
      case "requires-dist": metadata.requiresDist.append(value)
      case "import-name":
        // PEP 794: an empty value declares that there is nothing to import; "; private" is a modifier.
        metadata.declaresImportNames = true
        let name = value.split(separator: ";", maxSplits: 1).first.map { $0.trimmingWhitespace() }
        if let name, !name.isEmpty { metadata.importNames.append(name) }
      default: break
      }
    }
    return metadata
  }

  /// Whether `prefix`, the start of a METADATA file, holds as much of its header as `need` asks for: the whole
  /// header (up to the first blank line), or for `importNames` also just a first line declaring a Metadata-Version
  /// older than 2.5, which cannot carry `Import-Name`.
  static func holdsHeader(_ prefix: Data, for need: CoreMetadataNeed) -> Bool {
    var lineStart = prefix.startIndex
    var isFirstLine = true
    while let newline = prefix[lineStart...].firstIndex(of: UInt8(ascii: "\n")) {
      let line = prefix[lineStart..<newline]
      if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { return true }
      if isFirstLine, need == .importNames, let version = metadataVersion(line),
        version.lexicographicallyPrecedes([2, 5])
      {
        return true
      }
      isFirstLine = false
      lineStart = prefix.index(after: newline)
    }
    return false
  }

  /// The numeric parts of a `Metadata-Version: X.Y` line; nil for any other line.
  private static func metadataVersion(_ line: Data) -> [Int]? {
    let text = String(decoding: line, as: UTF8.self)
    guard let colon = text.firstIndex(of: ":"),
      text[..<colon].trimmingWhitespace().lowercased() == "metadata-version"
    else { return nil }
    let parts = text[text.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
      .split(separator: ".").map { Int($0) }
    guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
    return parts.compactMap { $0 }
  }

  /// Header fields up to the first blank line, with folded continuation lines joined.
  ///
  /// Lines are found one at a time, so the description after the header (most of a PKG-INFO) is never read.
  private static func headers(_ text: String) -> [(String, String)] {
    var fields: [(String, String)] = []
    var rest = Substring(text)
    while true {
      // Lines end at \n, \r or \r\n, as Python's email parser (which pip reads these with) splits them.
      let end = rest.utf8.firstIndex { $0 == 0x0A || $0 == 0x0D } ?? rest.endIndex
      let line = rest[..<end]
      if end < rest.endIndex {
        let next = rest.utf8.index(after: end)
        let crlf = rest.utf8[end] == 0x0D && next < rest.endIndex && rest.utf8[next] == 0x0A
        rest = rest[(crlf ? rest.utf8.index(after: next) : next)...]
      } else {
        rest = ""
      }
      let trimmed = line.trimmingWhitespace()
      if trimmed.isEmpty { break }
      if line.first == " " || line.first == "\t" {
        if var last = fields.popLast() {
          last.1 += " " + trimmed
          fields.append(last)
        }
        continue
      }
      guard let colon = line.firstIndex(of: ":") else { continue }
      fields.append((line[..<colon].trimmingWhitespace(), line[line.index(after: colon)...].trimmingWhitespace()))
    }
    return fields
  }
}
