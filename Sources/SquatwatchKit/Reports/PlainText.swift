/// Text from the index or a server made safe to write into a line of a file or a message.
enum PlainText {
  /// `text` with every control character (line breaks included) replaced by a space, so it stays on its line.
  static func withoutControlCharacters(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
  }
}
