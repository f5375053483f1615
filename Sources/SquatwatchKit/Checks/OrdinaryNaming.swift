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
  /// The names differ only in a version number: a successor, a fork, a Python 2 or 3 port or the unversioned
  /// original (`elasticsearch7`/`elasticsearch8`, `jinja-cli`/`jinja2-cli`, `django-fsm-2`, `fabric3`); any
  /// version digit on a name outside the most downloaded, where squatters rarely aim.
  case version
  /// The first or last letter was dropped: a one-letter prefix (`gunicorn`, `asyncer`, `rcssmin`) or a plural
  /// (`websockets`, `holidays`), conventions that make the shorter name another project's.
  case edgeLetter = "edge-letter"
  /// `py` or `python` was dropped: the bare word is what the popular binding wraps (`mysql` of `pymysql`).
  case bareName = "bare-name"
  /// Only where or how the `python` marker is written differs (`python-git` beside `git-python`, `py-zabbix` beside
  /// `pyzabbix`): both are conventions for naming a binding, and nothing of the name itself changed.
  case pythonSpelling = "python-spelling"
  /// Swapped words that are each a popular project: an integration of the two, named in the other order
  /// (`flake8-pytest` beside `pytest-flake8`).
  case integration
  /// A separator added between words, English or used by popular names (`deep-merge`, `json-diff`, `blend-modes`).
  case wordSplit = "word-split"
  /// A letter changed or dropped at the start of the name, or of what follows its `py`: slips rarely hit the letter
  /// readers and typists check first, and another first letter on the same stem is usually another word
  /// (`cython`/`dython`, `gcloud`/`hcloud`, `pyngrok`/`pygrok`).
  case firstLetter = "first-letter"
  /// A vowel for another that no keyboard slip explains, in a name short enough to be said (`astrapy`, `djongo`,
  /// `simpy`): a name that sounds its own is chosen; only long names (`tenserflow`) are misspelt this way.
  case vowelChange = "vowel-change"
  /// The edit yields a word that other popular names use (`identity` of `identify`, beside `azure-identity`), or a
  /// name that is an English word (`delicate` beside `delocate`).
  case realWord = "real-word"
  /// A neighbouring key, a look-alike character or a separator away from a name outside the most downloaded:
  /// squatters aim at the top (three in four real typosquats near a top-5,000 name aim at the top 500), while one
  /// key, one look-alike letter or one separator is how real projects most often differ from a lesser name by
  /// chance.
  case lesserTarget = "lesser-target"
  /// Two edits from a popular name but one from another: the nearer name is the one it was made from, and a match
  /// with that one is judged on its own.
  case nearerName = "nearer-name"

  /// A word a one-character edit changes is distinctive from this many characters, a leading `py` not counted.
  static let minimumEditedLength = 5
  /// A popular name wrapped whole in `py` or an affix is distinctive from this many characters, a leading `py` not
  /// counted: with no slip to betray it, a wrapper of a six-letter word is as often a project of its own
  /// (`python-statsd`, `google-api`).
  static let minimumWrappedLength = 7
  /// A multi-word name this long (a leading `py` not counted) stays distinctive when the edited word is short
  /// (`huggingface-uhb`), unless its other words are a namespace whose members differ in short words.
  static let minimumContextLength = 8
  /// A name with a vowel changed reads as a misspelling from this many characters.
  static let minimumMisspeltLength = 9
  /// The most downloaded names draw squatters' wrappers (`numpy-cli`, `python-yaml`), so the conventions that
  /// explain these for other names do not for the top this many.
  static let wrapperMagnetRank = 100
  /// The names that draw most typosquats.
  ///
  /// A character changed, added inside the name or dropped at its edge is a slip towards one of them, not another
  /// name chosen one letter away. A letter added at an edge stays explained: plurals and one-letter prefixes make
  /// real projects of the top names too.
  static let typoMagnetRank = 500
  /// Targets ranked below this are the lesser names where a neighbouring key or a separator is ordinary.
  static let separatorMagnetRank = 100

  /// The reason `match` of `candidate` may be ordinary naming, if any.
  ///
  /// `targetDownloadRank` is the target's place in the download-ranked popular list, if it is in it;
  /// `isOneEditFromAnother` says whether the candidate is also one character edit from another popular name.
  static func reason(
    for candidate: String, match: TyposquatIndex.Match, targetDownloadRank: Int?, vocabulary: PopularVocabulary,
    englishWords: EnglishWords, isOneEditFromAnother: Bool = false
  ) -> OrdinaryNaming? {
    let target = match.target
    let isSquatMagnet = targetDownloadRank.map { $0 <= wrapperMagnetRank } ?? false
    let isTypoMagnet = targetDownloadRank.map { $0 <= typoMagnetRank } ?? false
    let isLesser = targetDownloadRank.map { $0 > typoMagnetRank } ?? false
    let isEnglishWord = !candidate.contains("-") && englishWords.contains(candidate)
    switch match.transform {
    case .lookAlike:
      return isLesser ? .lesserTarget : nil
    case .twoEdits:
      return isOneEditFromAnother ? .nearerName : nil
    case .substitution, .insertedCharacter:
      return !isTypoMagnet ? .arbitraryEdit : isEnglishWord ? .realWord : nil
    case .insertedEdgeCharacter:
      return .arbitraryEdit
    case .omittedEdgeCharacter:
      return !isTypoMagnet ? .edgeLetter : isEnglishWord ? .realWord : nil
    case .versionSuffix:
      if isLesser { return .version }
      if continuesNumbering(candidate, target, vocabulary: vocabulary) || isFirstSuccessor(candidate, of: target) {
        return .version
      }
      let lastWord = target.split(separator: "-").last ?? Substring(target)
      let isShort = distinctiveLength(lastWord, lastWord) < minimumEditedLength
      return isShort && !isDistinctiveAround(target.utf8.count, in: target, vocabulary: vocabulary) ? .shortName : nil
    case .repeatedCharacter, .swappedCharacters, .commonTypo, .omittedCharacter:
      let difference = Difference(candidate, target)
      // A doubled character keeps every character of the name: that is how a slip looks, even in a short name.
      if match.transform != .repeatedCharacter {
        if difference.isInDigitsOnly { return .version }
        if distinctiveLength(difference.targetWord, difference.candidateWord) < minimumEditedLength,
          !isDistinctiveAround(difference.offset, in: target, vocabulary: vocabulary)
        {
          return .shortName
        }
      }
      if match.transform == .commonTypo || match.transform == .omittedCharacter,
        difference.offset == 0 || (difference.offset == 2 && target.hasPrefix("py"))
      {
        return .firstLetter
      }
      if vocabulary.isWord(difference.candidateWord, besides: target) || isEnglishWord {
        return .realWord
      }
      if match.transform == .commonTypo, difference.isVowelChange,
        distinctiveLength(of: target) < minimumMisspeltLength
      {
        return .vowelChange
      }
      return match.transform == .commonTypo && isLesser ? .lesserTarget : nil
    case .pythonAffix:
      // Only a name with no `py` left is bare: `pythonkafka` moved the word of `kafka-python`, it dropped nothing.
      if !candidate.hasPrefix("py") && !candidate.hasSuffix("py") && !candidate.hasSuffix("python") {
        return .bareName
      }
      return !isSquatMagnet && isShortWrapped(target) ? .shortName : nil
    case .affix, .addOnAffix:
      return !isSquatMagnet && isShortWrapped(target) ? .shortName : nil
    case .swappedWords:
      let integrated = candidate.split(separator: "-").allSatisfy { word in
        word == "py" || word == "python" || (word != target && vocabulary.isPopular(String(word)))
      }
      if integrated { return .integration }
      return withoutPythonWords(candidate) == withoutPythonWords(target) ? .pythonSpelling : nil
    case .separator:
      if candidate.hasPrefix("py-") && target == "py" + candidate.dropFirst(3) { return .pythonSpelling }
      let words = candidate.split(separator: "-")
      let lesser: OrdinaryNaming? = (targetDownloadRank.map { $0 > separatorMagnetRank } ?? false) ? .lesserTarget : nil
      guard words.count > target.split(separator: "-").count else { return lesser }
      let allWords = words.allSatisfy { vocabulary.isWord($0, besides: target) || englishWords.contains($0) }
      return allWords ? .wordSplit : lesser
    }
  }

  /// Whether a popular name wrapped whole in `py` or an affix is too short to be distinctive.
  private static func isShortWrapped(_ target: String) -> Bool {
    distinctiveLength(of: target) < minimumWrappedLength
  }

  /// Whether a version suffix continues a numbering rather than starting one: after a separator, of more than one
  /// digit, on a name that already ends in a digit, or on a stem that has a popular versioned name.
  private static func continuesNumbering(_ candidate: String, _ target: String, vocabulary: PopularVocabulary) -> Bool {
    guard candidate.hasPrefix(target) else { return true }
    if candidate.count - target.count != 1 || target.last?.isNumber == true { return true }
    return vocabulary.hasVersionedName(stem: target)
  }

  /// Whether `candidate` is `target` with a 2 or a 3: the first successor's number, or the Python major version of
  /// a port or backport (`fabric2`, `dnspython3`, `configparser2`).
  private static func isFirstSuccessor(_ candidate: String, of target: String) -> Bool {
    candidate.utf8.count == target.utf8.count + 1 && candidate.hasPrefix(target)
      && (candidate.hasSuffix("2") || candidate.hasSuffix("3"))
  }

  /// Whether a multi-word `target` stays distinctive around an edit at UTF-8 `offset` in a short word: long enough
  /// as a whole, and the words before the edited one are not a namespace of popular names.
  private static func isDistinctiveAround(_ offset: Int, in target: String, vocabulary: PopularVocabulary) -> Bool {
    guard target.contains("-"), distinctiveLength(of: target) >= minimumContextLength
    else { return false }
    let bytes = Array(target.utf8)
    guard let dash = bytes[..<min(offset, bytes.count)].lastIndex(of: UInt8(ascii: "-")) else { return true }
    return !vocabulary.isNamespace(String(decoding: bytes[...dash], as: UTF8.self))
  }

  /// The `-` separated words of `name` other than `py` and `python`, in order.
  private static func withoutPythonWords(_ name: String) -> [Substring] {
    name.split(separator: "-").filter { $0 != "py" && $0 != "python" }
  }

  /// The length of a whole name without its leading `py`.
  private static func distinctiveLength(of name: String) -> Int { distinctiveLength(Substring(name), Substring(name)) }

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
    /// Whether one vowel was changed for another that does not touch it on a keyboard.
    var isVowelChange: Bool
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
      let vowels = Set("aeiouy".utf8)
      if first.count == second.count, changed.count == 2, let from = changed.first, let to = changed.last,
        vowels.contains(from), vowels.contains(to)
      {
        isVowelChange = !TyposquatIndex.isKeyboardNeighbour(from, to)
      } else {
        isVowelChange = false
      }
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
