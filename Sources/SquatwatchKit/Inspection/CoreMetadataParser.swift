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
        let name = value.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) }
        if let name, !name.isEmpty { metadata.importNames.append(name) }
      default: break
      }
    }
    return metadata
  }

  /// Header fields up to the first blank line, with folded continuation lines joined.
  private static func headers(_ text: String) -> [(String, String)] {
    var fields: [(String, String)] = []
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      if line.trimmingCharacters(in: .whitespaces).isEmpty { break }
      if line.first == " " || line.first == "\t" {
        if var last = fields.popLast() {
          last.1 += " " + line.trimmingCharacters(in: .whitespaces)
          fields.append(last)
        }
        continue
      }
      guard let colon = line.firstIndex(of: ":") else { continue }
      let key = line[..<colon].trimmingCharacters(in: .whitespaces)
      let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      fields.append((key, value))
    }
    return fields
  }
}
