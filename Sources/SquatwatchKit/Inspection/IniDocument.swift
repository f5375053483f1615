import Foundation

/// An INI file as Python's configparser reads it: sections of keys with indented continuation lines.
///
/// Keys keep their case (entry point names are case-sensitive); values keep their continuation lines.
struct IniDocument: Sendable {
  /// One `key = value` option, with continuation lines joined by newlines.
  struct Option: Sendable, Equatable {
    var key: String
    var value: String
  }

  /// Sections in file order; a repeated section name keeps both.
  var sections: [(name: String, options: [Option])] = []

  /// Parses `text`, splitting each option at the first of `delimiters`.
  init(_ text: String, delimiters: Set<Character>) {
    var current: (name: String, options: [Option])?
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      let line = rawLine.trimmingWhitespace()
      let indented = rawLine.first.map { $0 == " " || $0 == "\t" } ?? false
      if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
      if indented, var section = current, var last = section.options.popLast() {
        last.value += last.value.isEmpty ? line : "\n" + line
        section.options.append(last)
        current = section
        continue
      }
      if line.hasPrefix("[") && line.hasSuffix("]") {
        if let current { sections.append(current) }
        current = (String(line.dropFirst().dropLast()).trimmingWhitespace(), [])
        continue
      }
      guard current != nil, let split = line.firstIndex(where: delimiters.contains) else { continue }
      let key = line[..<split].trimmingWhitespace()
      let value = line[line.index(after: split)...].trimmingWhitespace()
      current?.options.append(Option(key: key, value: value))
    }
    if let current { sections.append(current) }
  }

  /// The options of every section called `name`.
  func options(in name: String) -> [Option] {
    sections.filter { $0.name == name }.flatMap(\.options)
  }
}
