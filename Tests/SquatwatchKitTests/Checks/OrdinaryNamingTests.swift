import Testing

@testable import SquatwatchKit

/// Real near names of real popular projects: which naming convention explains each, and which slips nothing does.
@Suite struct OrdinaryNamingTests {
  static let popular = [
    "requests", "numpy", "pandas", "gunicorn", "pymysql", "pyotp", "torch", "sphinx", "elasticsearch",
    "elasticsearch8", "jinja2-cli", "django-fsm", "langchain", "langchain-core", "pytest", "flake8", "pytest-flake8",
    "jsondiff", "python-json-logger", "diff-match-patch", "docker", "responses", "gcloud", "identify",
    "azure-identity", "python-dateutil", "pyngrok", "kubernetes", "kafka-python",
  ]
  let index = TyposquatIndex(targets: popular)
  let vocabulary = PopularVocabulary(names: popular)

  private func reason(_ candidate: String, _ target: String) throws -> OrdinaryNaming? {
    let match = try #require(index.matches(for: candidate).first { $0.target == target })
    return OrdinaryNaming.reason(for: candidate, match: match, vocabulary: vocabulary)
  }

  @Test func leavesTheSlipsAndAddOnsOfDistinctiveNamesUnexplained() throws {
    #expect(try reason("reqeusts", "requests") == nil)
    #expect(try reason("nuumpy", "numpy") == nil)
    #expect(try reason("sphnx", "sphinx") == nil)
    #expect(try reason("python-dteutil", "python-dateutil") == nil)
    #expect(try reason("kubermetes", "kubernetes") == nil)
    #expect(try reason("requests-cli", "requests") == nil)
    #expect(try reason("langchain-cli", "langchain") == nil, "a family of companions is no excuse for -cli")
    #expect(try reason("sphinx-python", "sphinx") == nil)
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
    #expect(try reason("requests2", "requests") == nil)
  }

  @Test func conventionsOfPrefixesPluralsAndBareNames() throws {
    #expect(try reason("panda", "pandas") == .edgeLetter)
    #expect(try reason("unicorn", "gunicorn") == .edgeLetter)
    #expect(try reason("mysql", "pymysql") == .bareName)
    #expect(try reason("pythonkafka", "kafka-python") == nil)
    #expect(try reason("flake8-pytest", "pytest-flake8") == .integration)
    #expect(try reason("json-diff", "jsondiff") == .wordSplit)
  }

  @Test func anotherWordIsNoSlip() throws {
    #expect(try reason("hcloud", "gcloud") == .firstLetter)
    #expect(try reason("pygrok", "pyngrok") == .firstLetter)
    #expect(try reason("identity", "identify") == .realWord)
  }
}
