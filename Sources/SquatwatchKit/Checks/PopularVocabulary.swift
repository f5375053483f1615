/// What the popular names themselves say about how projects are named: the words they are made of and the stems
/// that carry version numbers.
///
/// Judging a name with nothing but the name needs this context: a near miss that lands on a word other popular
/// projects use, or on a version of a stem that has versioned names, is ordinary naming, not a slip. Typing stubs
/// (`types-requests`, `pandas-stubs`) repeat another project's name and say nothing about how names are made, so
/// their words are left out.
struct PopularVocabulary: Sendable {
  private var names: Set<String> = []
  /// Each `-` separated word to how many popular names contain it.
  private var words: [String: Int] = [:]
  /// Names of popular projects with the trailing version number removed (`elasticsearch` of `elasticsearch8`).
  private var versionedStems: Set<String> = []
  /// Each run of leading words with its final `-` (`mypy-`, `mypy-boto3-`) to how many popular names start with it.
  private var leadingWords: [String: Int] = [:]

  /// Leading words that start this many popular names are a namespace (`mypy-boto3-`, `azure-mgmt-`).
  static let namespaceSize = 3

  init(names: some Sequence<String>) {
    self.names = Set(names)
    for name in self.names {
      if let stem = Self.versionStem(of: name) { versionedStems.insert(stem) }
      let tokens = name.split(separator: "-")
      var prefix = ""
      for word in tokens.dropLast() {
        prefix += word + "-"
        leadingWords[prefix, default: 0] += 1
      }
      if tokens.first == "types" || tokens.last == "stubs" { continue }
      for word in Set(tokens) { words[String(word), default: 0] += 1 }
    }
  }

  /// Whether `name` is one of the popular names.
  func isPopular(_ name: String) -> Bool { names.contains(name) }

  /// Whether `word` is a word of some popular name other than `target`.
  func isWord(_ word: some StringProtocol, besides target: String) -> Bool {
    let count = words[String(word)] ?? 0
    let inTarget = target.split(separator: "-").contains { $0 == word }
    return count > (inTarget ? 1 : 0)
  }

  /// Whether `prefix` (leading words with their final `-`) starts enough popular names to be a namespace, whose
  /// members differ in their last words (`mypy-boto3-ecs`, `mypy-boto3-ecr`).
  func isNamespace(_ prefix: some StringProtocol) -> Bool {
    (leadingWords[String(prefix)] ?? 0) >= Self.namespaceSize
  }

  /// Whether a popular name is `stem` followed by a version number.
  func hasVersionedName(stem: String) -> Bool { versionedStems.contains(stem) }

  /// The name without a trailing version number and the separator before it, if it ends in one.
  private static func versionStem(of name: String) -> String? {
    let stem = name.reversed().drop { $0.isASCII && $0.isNumber }
    guard stem.count < name.count else { return nil }
    let trimmed = String(stem.drop { $0 == "-" }.reversed())
    return trimmed.isEmpty ? nil : trimmed
  }
}
