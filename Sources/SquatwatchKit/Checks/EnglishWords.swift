import Foundation

/// English words of four or more letters (SCOWL's american-english list, bundled): a name that is one was chosen,
/// not mistyped, even when it sits one letter from a popular name (`delicate` beside `delocate`).
struct EnglishWords: Sendable {
  private var words: Set<String>

  init(words: some Sequence<String>) { self.words = Set(words) }

  /// The bundled list, read once on first use; empty if the resource is missing, which only weakens `names`.
  static let bundled: EnglishWords = {
    guard let url = Bundle.module.url(forResource: "english-words", withExtension: "txt"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return EnglishWords(words: []) }
    return EnglishWords(words: text.split(separator: "\n").lazy.filter { !$0.hasPrefix("#") }.map(String.init))
  }()

  /// Whether `word` is an English word of four or more letters.
  func contains(_ word: some StringProtocol) -> Bool { word.utf8.count >= 4 && words.contains(String(word)) }
}
