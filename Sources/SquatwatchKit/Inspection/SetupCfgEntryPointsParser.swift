/// Reads `[options.entry_points]` from a setuptools `setup.cfg`.
enum SetupCfgEntryPointsParser {
  /// Entry points by group; each option is a group whose (often multi-line) value lists `name = target`.
  static func parse(_ text: String) -> [String: [EntryPoint]] {
    var groups: [String: [EntryPoint]] = [:]
    for option in IniDocument(text, delimiters: ["=", ":"]).options(in: "options.entry_points") {
      groups[option.key, default: []] += EntryPointsParser.parseLines(option.value)
    }
    return groups
  }
}
