/// How a candidate name was derived from a popular one, with how strongly that alone suggests a squat.
///
/// Weights are calibrated on names alone: look-alikes and classic typos of long names are strong; a version digit,
/// a letter dropped or added at the edge and the add-on words users and LLMs guess for a popular project (`-cli`,
/// `-sdk`, `-api`) are weaker but suspect, as are two slips in one of the most downloaded long names
/// (`beautifulsop4`); the companion words legitimate projects add all the time (`-client`,
/// `-core`) need other evidence to make a suspect.
enum NameTransform: String, Sendable, CaseIterable {
  case lookAlike = "look-alike"
  case separator = "separator-change"
  case repeatedCharacter = "repeated-character"
  case swappedCharacters = "swapped-characters"
  case swappedWords = "swapped-words"
  case commonTypo = "common-typo"
  case omittedCharacter = "omitted-character"
  case omittedEdgeCharacter = "omitted-edge-character"
  case pythonAffix = "python-affix"
  case insertedCharacter = "inserted-character"
  case insertedEdgeCharacter = "inserted-edge-character"
  case substitution = "substituted-character"
  case versionSuffix = "version-suffix"
  case addOnAffix = "add-on-affix"
  case affix = "affix"
  case twoEdits = "two-edits"

  /// The score this transform earns on names alone against a top target of comfortable length.
  var weight: Double {
    switch self {
    case .lookAlike: 0.9
    case .separator: 0.85
    case .repeatedCharacter, .swappedCharacters, .swappedWords: 0.8
    case .commonTypo, .omittedCharacter: 0.75
    case .pythonAffix: 0.7
    case .insertedCharacter, .twoEdits: 0.65
    case .omittedEdgeCharacter: 0.6
    case .insertedEdgeCharacter, .substitution, .versionSuffix, .addOnAffix: 0.6
    case .affix: 0.45
    }
  }

  /// Whether the transform is a single-character edit, which short names collide under by chance.
  var isCharacterEdit: Bool {
    switch self {
    case .repeatedCharacter, .swappedCharacters, .commonTypo, .omittedCharacter, .omittedEdgeCharacter,
      .insertedCharacter, .insertedEdgeCharacter, .substitution, .versionSuffix, .twoEdits:
      true
    case .lookAlike, .separator, .swappedWords, .pythonAffix, .addOnAffix, .affix: false
    }
  }

  /// Words for the one-line summary.
  var phrase: String {
    switch self {
    case .lookAlike: "look-alike characters of"
    case .separator: "a separator change of"
    case .repeatedCharacter: "a repeated character in"
    case .swappedCharacters: "swapped characters of"
    case .swappedWords: "the words of"
    case .commonTypo: "a keyboard typo of"
    case .omittedCharacter, .omittedEdgeCharacter: "a character dropped from"
    case .pythonAffix: "a py/python variant of"
    case .insertedCharacter, .insertedEdgeCharacter: "a character added to"
    case .substitution: "one character changed in"
    case .versionSuffix: "a version digit added to"
    case .addOnAffix: "an add-on word (-cli, -sdk, -api, -tools, -utils) added to"
    case .affix: "an affix added to"
    case .twoEdits: "two characters changed, added or dropped in"
    }
  }
}
