/// Word wrapping for text reports that go to files and pipes, where nothing may be cut.
enum TextWrapping {
  /// `text` broken at spaces into lines of at most `width` characters.
  ///
  /// Continuation lines start with `hanging` spaces. Line breaks inside `text` become spaces (`oneLine`); a word
  /// longer than a line is split across lines rather than cut.
  static func wrap(_ text: String, width: Int, hanging: Int = 0) -> [String] {
    let width = max(1, width)
    let indent = String(repeating: " ", count: min(max(0, hanging), width - 1))
    var lines: [String] = []
    var line = ""
    func room() -> Int { width - (lines.isEmpty ? 0 : indent.count) }
    func flush() {
      lines.append((lines.isEmpty ? "" : indent) + line)
      line = ""
    }
    for (separator, word) in words(oneLine(text)) {
      var rest = word
      if !line.isEmpty && line.count + separator.count + rest.count > room() { flush() }
      while line.isEmpty && rest.count > room() {
        line = String(rest.prefix(room()))
        rest = rest.dropFirst(line.count)
        flush()
      }
      // Spaces before a word stay, except where a continuation line starts.
      if !rest.isEmpty { line += (line.isEmpty && !lines.isEmpty ? "" : separator) + rest }
    }
    if !line.isEmpty || lines.isEmpty { flush() }
    return lines
  }

  /// `text` on one line: each run of whitespace holding a line break or tab becomes one space; runs of plain
  /// spaces stay, so aligned text such as `entry  # reason` and leading indentation keep their look.
  static func oneLine(_ text: String) -> String {
    var result = ""
    var spaces = 0
    var broken = false
    for character in text {
      if character == " " {
        spaces += 1
      } else if character.isWhitespace {
        broken = true
      } else {
        result += broken ? " " : String(repeating: " ", count: spaces)
        spaces = 0
        broken = false
        result.append(character)
      }
    }
    return result
  }

  /// The words of one line, each with the spaces before it.
  private static func words(_ text: String) -> [(separator: String, word: Substring)] {
    var result: [(String, Substring)] = []
    var separator = ""
    var index = text.startIndex
    while index < text.endIndex {
      if text[index] == " " {
        separator.append(" ")
        index = text.index(after: index)
        continue
      }
      let end = text[index...].firstIndex(of: " ") ?? text.endIndex
      result.append((separator, text[index..<end]))
      separator = ""
      index = end
    }
    return result
  }
}
