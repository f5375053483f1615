/// Why a name near a popular one may be ordinary naming rather than imitation, judged from the two names alone.
///
/// With the full record, a long-lived project near a popular name is cleared by its history, code and owners
/// (`CounterEvidence`). With nothing but the name (`squatwatch names`), most near names are still legitimate
/// projects, named by the conventions these reasons describe; a match one of them explains is too weak alone.
enum OrdinaryNaming: String, Sendable {
  /// A character changed or added that no keyboard, look-alike or doubling explains: choosing another name one
  /// letter away is no slip, which is why PyPI's TypoSnyper does not look for it (`mocker`/`docker`,
  /// `aresponses`/`responses`).
  case arbitraryEdit = "arbitrary-edit"
  /// The part of the popular name that was changed or wrapped is too short to be distinctive: real names sit one
  /// edit from short words by chance (`pyotp`/`pyopt`, `pydot`/`pydlt`), and short popular names are common words
  /// that other projects wrap too (`pytorch`, `pykafka`, `redis-cli`).
  case shortName = "short-name"
  /// The names differ only in a version number: a successor, a fork or the unversioned original
  /// (`elasticsearch7`/`elasticsearch8`, `jinja-cli`/`jinja2-cli`, `django-fsm-2`).
  case version
  /// The first or last letter was dropped: a one-letter prefix (`gunicorn`, `asyncer`, `rcssmin`) or a plural
  /// (`websockets`, `holidays`), conventions that make the shorter name another project's.
  case edgeLetter = "edge-letter"
  /// `py` or `python` was dropped: the bare word is what the popular binding wraps (`mysql` of `pymysql`).
  case bareName = "bare-name"
  /// Swapped words that are each a popular project: an integration of the two, named in the other order
  /// (`flake8-pytest` beside `pytest-flake8`).
  case integration
  /// A separator added between words that popular names use (`deep-merge`, `json-diff`).
  case wordSplit = "word-split"
  /// A letter changed or dropped at the start of the name, or of what follows its `py`: slips rarely hit the letter
  /// readers and typists check first, and another first letter on the same stem is usually another word
  /// (`cython`/`dython`, `gcloud`/`hcloud`, `pyngrok`/`pygrok`).
  case firstLetter = "first-letter"
  /// The edit yields a word that other popular names use (`identity` of `identify`, beside `azure-identity`).
  case realWord = "real-word"

  /// A word a one-character edit changes is distinctive from this many characters, a leading `py` not counted.
  static let minimumEditedLength = 5
  /// A popular name wrapped whole in `py` or an affix is distinctive from this many characters, a leading `py` not
  /// counted: with no slip to betray it, a wrapper of a five-letter word is as often a project of its own.
  static let minimumWrappedLength = 6

  /// The reason `match` of `candidate` may be ordinary naming, if any.
  static func reason(
    for candidate: String, match: TyposquatIndex.Match, vocabulary: PopularVocabulary
  ) -> OrdinaryNaming? {
    let target = match.target
    switch match.transform {
    case .lookAlike:
      return nil
    case .substitution, .insertedCharacter, .insertedEdgeCharacter:
      return .arbitraryEdit
    case .omittedEdgeCharacter:
      return .edgeLetter
    case .versionSuffix:
      if continuesNumbering(candidate, target, vocabulary: vocabulary) { return .version }
      let lastWord = target.split(separator: "-").last ?? Substring(target)
      return distinctiveLength(lastWord, lastWord) < minimumEditedLength ? .shortName : nil
    case .repeatedCharacter, .swappedCharacters, .commonTypo, .omittedCharacter:
      let difference = Difference(candidate, target)
      // A doubled character keeps every character of the name: that is how a slip looks, even in a short name.
      if match.transform != .repeatedCharacter {
        if difference.isInDigitsOnly { return .version }
        if distinctiveLength(difference.targetWord, difference.candidateWord) < minimumEditedLength {
          return .shortName
        }
      }
      if match.transform == .commonTypo || match.transform == .omittedCharacter,
        difference.offset == 0 || (difference.offset == 2 && target.hasPrefix("py"))
      {
        return .firstLetter
      }
      return vocabulary.isWord(difference.candidateWord, besides: target) ? .realWord : nil
    case .pythonAffix:
      // Only a name with no `py` left is bare: `pythonkafka` moved the word of `kafka-python`, it dropped nothing.
      if !candidate.hasPrefix("py") && !candidate.hasSuffix("py") && !candidate.hasSuffix("python") {
        return .bareName
      }
      return isShortWrapped(target) ? .shortName : nil
    case .affix, .addOnAffix:
      return isShortWrapped(target) ? .shortName : nil
    case .swappedWords:
      let integrated = candidate.split(separator: "-").allSatisfy { word in
        word == "py" || word == "python" || (word != target && vocabulary.isPopular(String(word)))
      }
      return integrated ? .integration : nil
    case .separator:
      let words = candidate.split(separator: "-")
      guard words.count > target.split(separator: "-").count else { return nil }
      return words.allSatisfy { vocabulary.isWord($0, besides: target) } ? .wordSplit : nil
    }
  }

  /// Whether a popular name wrapped whole in `py` or an affix is too short to be distinctive.
  private static func isShortWrapped(_ target: String) -> Bool {
    distinctiveLength(Substring(target), Substring(target)) < minimumWrappedLength
  }

  /// Whether a version suffix continues a numbering rather than starting one: after a separator, of more than one
  /// digit, on a name that already ends in a digit, or on a stem that has a popular versioned name.
  private static func continuesNumbering(_ candidate: String, _ target: String, vocabulary: PopularVocabulary) -> Bool {
    guard candidate.hasPrefix(target) else { return true }
    if candidate.count - target.count != 1 || target.last?.isNumber == true { return true }
    return vocabulary.hasVersionedName(stem: target)
  }

  /// The length of `word` without a leading `py` that `other`, its counterpart in the other name, shares.
  private static func distinctiveLength(_ word: Substring, _ other: Substring) -> Int {
    word.count > 2 && word.hasPrefix("py") && other.hasPrefix("py") ? word.count - 2 : word.count
  }

  /// Where two names of one edit apart differ: the changed characters and the `-` separated words around them.
  private struct Difference {
    var candidateWord: Substring
    var targetWord: Substring
    /// Whether the characters changed, added or dropped are all digits.
    var isInDigitsOnly: Bool
    /// The UTF-8 offset of the first character that differs.
    var offset: Int

    init(_ candidate: String, _ target: String) {
      let first = Array(candidate.utf8)
      let second = Array(target.utf8)
      var prefix = 0
      while prefix < min(first.count, second.count), first[prefix] == second[prefix] { prefix += 1 }
      var suffix = 0
      while suffix < min(first.count, second.count) - prefix,
        first[first.count - 1 - suffix] == second[second.count - 1 - suffix]
      {
        suffix += 1
      }
      let changed = first[prefix..<(first.count - suffix)] + second[prefix..<(second.count - suffix)]
      offset = prefix
      isInDigitsOnly = !changed.isEmpty && changed.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
      candidateWord = Self.word(in: candidate, around: prefix..<(first.count - suffix))
      targetWord = Self.word(in: target, around: prefix..<(second.count - suffix))
    }

    /// The `-` separated word of `name` around the UTF-8 offsets `range` (an empty range marks a position).
    private static func word(in name: String, around range: Range<Int>) -> Substring {
      let bytes = Array(name.utf8)
      let dash = UInt8(ascii: "-")
      let lower = (bytes[..<range.lowerBound].lastIndex(of: dash) ?? -1) + 1
      let upper = bytes[range.upperBound...].firstIndex(of: dash) ?? bytes.count
      let utf8 = name.utf8
      return name[utf8.index(utf8.startIndex, offsetBy: lower)..<utf8.index(utf8.startIndex, offsetBy: upper)]
    }
  }
}
