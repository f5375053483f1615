/// Parses a wheel's RECORD (CSV: path, hash, size; fields may be quoted with doubled quotes).
enum RecordParser {
  /// The rows of `text`; rows without a path are skipped.
  static func parse(_ text: String) -> [RecordEntry] {
    var entries: [RecordEntry] = []
    var fields: [String] = []
    var field = ""
    var quoted = false
    var afterQuote = false
    func endRow() {
      fields.append(field)
      if let path = fields.first, !path.isEmpty {
        let size = fields.count > 2 ? Int(fields[2]) : nil
        entries.append(RecordEntry(path: path, hash: fields.count > 1 ? fields[1] : "", size: size))
      }
      fields = []
      field = ""
    }
    for character in text {
      if quoted {
        if character == "\"" {
          quoted = false
          afterQuote = true
        } else {
          field.append(character)
        }
        continue
      }
      switch character {
      case "\"":
        // A doubled quote inside a quoted field is a literal quote.
        if afterQuote { field.append("\"") }
        quoted = true
      case ",":
        fields.append(field)
        field = ""
      case "\n", "\r\n", "\r":
        endRow()
      default:
        field.append(character)
      }
      afterQuote = false
    }
    if !field.isEmpty || !fields.isEmpty { endRow() }
    return entries
  }
}
