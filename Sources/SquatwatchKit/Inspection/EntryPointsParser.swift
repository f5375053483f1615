import Foundation

/// Parses `entry_points.txt` (an INI file, `=` only, case-sensitive) into groups of entry points.
package enum EntryPointsParser {
  /// Entry points by group name, for example `console_scripts`, in file order within each group.
  package static func parse(_ text: String) -> [String: [EntryPoint]] {
    var groups: [String: [EntryPoint]] = [:]
    for section in IniDocument(text, delimiters: ["="]).sections {
      for option in section.options where !option.key.isEmpty {
        groups[section.name, default: []].append(EntryPoint(name: option.key, target: option.value))
      }
    }
    return groups
  }

  /// Entry points from lines of `name = target`, as setup.cfg's multi-line values hold them.
  static func parseLines(_ text: String) -> [EntryPoint] {
    text.split(whereSeparator: \.isNewline).compactMap { line in
      guard let equals = line.firstIndex(of: "=") else { return nil }
      let name = line[..<equals].trimmingWhitespace()
      let target = line[line.index(after: equals)...].trimmingWhitespace()
      return name.isEmpty ? nil : EntryPoint(name: name, target: target)
    }
  }
}
