import Testing

@testable import SquatwatchKit

/// Real near names of real popular projects: which naming convention explains each, and which slips nothing does.
@Suite struct OrdinaryNamingTests {
  static let popular = [
    "requests", "numpy", "pandas", "gunicorn", "pymysql", "pyotp", "torch", "sphinx", "elasticsearch",
    "elasticsearch8", "jinja2-cli", "django-fsm", "langchain", "langchain-core", "pytest", "flake8", "pytest-flake8",
    "jsondiff", "python-json-logger", "diff-match-patch", "docker", "responses", "gcloud", "identify",
    "azure-identity", "python-dateutil", "pyngrok", "kubernetes", "kafka-python", "astropy", "tensorflow", "fabric",
    "git-python", "pyzabbix", "delocate", "blendmodes", "statsd", "huggingface-hub", "mypy-boto3-ecs",
    "mypy-boto3-ecr", "mypy-boto3-s3", "nacos-sdk-python",
  ]
  let index = TyposquatIndex(targets: popular)
  let vocabulary = PopularVocabulary(names: popular)

  private func reason(_ candidate: String, _ target: String, targetRank: Int? = nil) throws -> OrdinaryNaming? {
    let match = try #require(index.matches(for: candidate).first { $0.target == target })
    return OrdinaryNaming.reason(
      for: candidate, match: match, targetDownloadRank: targetRank, vocabulary: vocabulary, englishWords: .bundled)
  }

  @Test func leavesTheSlipsAndAddOnsOfDistinctiveNamesUnexplained() throws {
    #expect(try reason("reqeusts", "requests") == nil)
    #expect(try reason("nuumpy", "numpy") == nil)
    #expect(try reason("sphnx", "sphinx") == nil)
    #expect(try reason("python-dteutil", "python-dateutil") == nil)
    #expect(try reason("kubermetes", "kubernetes") == nil)
    #expect(try reason("requests-cli", "requests") == nil)
    #expect(try reason("langchain-cli", "langchain") == nil, "a family of companions is no excuse for -cli")
    #expect(try reason("requests-python", "requests") == nil)
  }

  @Test func anArbitraryLetterChangedOrAddedIsNoSlip() throws {
    #expect(try reason("aresponses", "responses") == .arbitraryEdit)
    #expect(try reason("mocker", "docker") == .arbitraryEdit)
  }

  @Test func shortNamesAreNotDistinctive() throws {
    #expect(try reason("pyopt", "pyotp") == .shortName)
    #expect(try reason("pytorch", "torch") == .shortName)
  }

  @Test func versionNumbersMakeSiblingsNotTypos() throws {
    #expect(try reason("elasticsearch7", "elasticsearch8") == .version)
    #expect(try reason("elasticsearch5", "elasticsearch") == .version)
    #expect(try reason("jinja-cli", "jinja2-cli") == .version)
    #expect(try reason("django-fsm-2", "django-fsm") == .version)
    #expect(try reason("fabric3", "fabric") == .version, "a Python 3 port or the second major version")
    #expect(try reason("requests2", "requests", targetRank: 5) == .version, "a successor, even of a top name")
  }

  @Test func theTopNamesKeepTheirShortWrappers() throws {
    #expect(try reason("python-statsd", "statsd") == .shortName)
    #expect(try reason("pytorch", "torch", targetRank: 300) == .shortName)
    #expect(try reason("numpy-cli", "numpy", targetRank: 16) == nil)
    #expect(try reason("python-statsd", "statsd", targetRank: 50) == nil)
  }

  @Test func aShortWordInALongNameIsStillDistinctiveOutsideNamespaces() throws {
    #expect(try reason("huggingface-uhb", "huggingface-hub") == nil)
    #expect(try reason("mypy-boto3-ecx", "mypy-boto3-ecs") == .shortName, "mypy-boto3- names many AWS services")
  }

  @Test func thePythonMarkerMovedOrSplitOffChangesNothingOfTheName() throws {
    #expect(try reason("python-git", "git-python") == .pythonSpelling)
    #expect(try reason("py-zabbix", "pyzabbix") == .pythonSpelling)
    #expect(try reason("python-sdk-nacos", "nacos-sdk-python") == nil, "the other words moved too")
  }

  @Test func conventionsOfPrefixesPluralsAndBareNames() throws {
    #expect(try reason("panda", "pandas") == .edgeLetter)
    #expect(try reason("unicorn", "gunicorn") == .edgeLetter)
    #expect(try reason("mysql", "pymysql") == .bareName)
    #expect(try reason("pythonkafka", "kafka-python") == nil)
    #expect(try reason("flake8-pytest", "pytest-flake8") == .integration)
    #expect(try reason("json-diff", "jsondiff") == .wordSplit)
    #expect(try reason("blend-modes", "blendmodes") == .wordSplit, "two English words")
  }

  @Test func anotherWordIsNoSlip() throws {
    #expect(try reason("hcloud", "gcloud") == .firstLetter)
    #expect(try reason("pygrok", "pyngrok") == .firstLetter)
    #expect(try reason("identity", "identify") == .realWord)
    #expect(try reason("delicate", "delocate") == .realWord, "an English word")
  }

  @Test func theMostDownloadedNamesDrawTheSlipsThatLesserNamesShareByChance() throws {
    // A letter changed or dropped at the edge of a top-500 name is a slip towards it; of a lesser name, another
    // project one letter away. A neighbouring key or a separator away from a lesser name is ordinary too.
    #expect(try reason("sphitx", "sphinx", targetRank: 300) == nil)
    #expect(try reason("sphitx", "sphinx", targetRank: 3_000) == .arbitraryEdit)
    #expect(try reason("kubernete", "kubernetes", targetRank: 200) == nil)
    #expect(try reason("kubernete", "kubernetes", targetRank: 2_000) == .edgeLetter)
    #expect(try reason("gunicirn", "gunicorn", targetRank: 40) == nil)
    #expect(try reason("gunicirn", "gunicorn", targetRank: 4_000) == .lesserTarget)
    #expect(try reason("pandsa", "pandas", targetRank: 4_000) == nil, "swaps stay slips whatever the rank")
    #expect(try reason("tensorf1ow", "tensorflow", targetRank: 40) == nil)
    #expect(try reason("tensorf1ow", "tensorflow", targetRank: 4_000) == .lesserTarget)
    #expect(try reason("statsd7", "statsd", targetRank: 400) == nil)
    #expect(try reason("statsd7", "statsd", targetRank: 4_000) == .version)
  }

  @Test func twoSlipsInATopNameAreExplainedOnlyByANearerPopularName() throws {
    let index = TyposquatIndex(targets: Self.popular, twoEditMagnets: ["kubernetes"])
    let match = try #require(index.matches(for: "kubbernetse").first { $0.target == "kubernetes" })
    #expect(match.transform == .twoEdits)
    let alone = OrdinaryNaming.reason(
      for: "kubbernetse", match: match, targetDownloadRank: 30, vocabulary: vocabulary, englishWords: .bundled)
    #expect(alone == nil)
    let nearer = OrdinaryNaming.reason(
      for: "kubbernetse", match: match, targetDownloadRank: 30, vocabulary: vocabulary, englishWords: .bundled,
      isOneEditFromAnother: true)
    #expect(nearer == .nearerName)
  }

  @Test func aVowelForAnotherNamesAShortProjectButMisspellsALongOne() throws {
    #expect(try reason("astrapy", "astropy") == .vowelChange)
    #expect(try reason("tenserflow", "tensorflow") == nil)
    #expect(try reason("astripy", "astropy") == nil, "i and o touch: a slip, not a chosen sound")
  }
}
