import SquatwatchFixtures
import Testing

@testable import SquatwatchKit

@Suite struct TyposquatIndexTests {
  let index = TyposquatIndex(targets: [
    "numpy", "sphinx", "python-dateutil", "jinja2", "requests", "matplotlib", "werkzeug", "flask", "click", "six",
    "asn1crypto", "colorama", "python-nmap", "tensorflow", "kafka-python", "lxml", "boto3", "attrs", "pyyaml",
    "django", "pycodestyle",
  ])

  private func transform(_ candidate: String, _ target: String) -> NameTransform? {
    index.matches(for: candidate).first { $0.target == target }?.transform
  }

  @Test func findsTheTypoSnyperExamples() {
    #expect(transform("nuumpy", "numpy") == .repeatedCharacter)
    #expect(transform("sphnx", "sphinx") == .omittedCharacter)
    #expect(transform("python-dteutil", "python-dateutil") == .omittedCharacter)
    #expect(transform("pythondateutil", "python-dateutil") == .separator)
    #expect(transform("jinj2a", "jinja2") == .swappedCharacters)
    #expect(transform("dateutil-python", "python-dateutil") == .swappedWords)
    #expect(transform("numpi", "numpy") == .commonTypo)
    #expect(transform("requestz", "requests") == .commonTypo)
  }

  @Test func findsLookAlikes() {
    #expect(transform("rnatplotlib", "matplotlib") == .lookAlike)
    #expect(transform("vverkzeug", "werkzeug") == .lookAlike)
    #expect(transform("f1ask", "flask") == .lookAlike)
    #expect(transform("c1lck", "click") == .lookAlike)
    #expect(transform("1xm1", "lxml") == .lookAlike)
  }

  @Test func findsGuardDogExamplesAndAffixes() {
    #expect(transform("ans1crypto", "asn1crypto") == .swappedCharacters)
    #expect(transform("colourama", "colorama") == .insertedCharacter)
    #expect(transform("nmap-python", "python-nmap") == .swappedWords)
    #expect(transform("pythonkafka", "kafka-python") == .pythonAffix)
    #expect(transform("tenserflow", "tensorflow") == .commonTypo)
    #expect(transform("requests-cli", "requests") == .addOnAffix)
    #expect(transform("requests-client", "requests") == .affix)
    #expect(transform("numpy2", "numpy") == .versionSuffix)
    #expect(transform("pyflask", "flask") == .pythonAffix)
  }

  @Test func readsAPythonWordAsThePyPrefix() {
    #expect(transform("python-codestyle", "pycodestyle") == .pythonAffix)
    #expect(transform("python-yaml", "pyyaml") == .pythonAffix)
  }

  @Test func readsKeyboardPhoneticAndVowelSlipsAsTypos() {
    #expect(transform("djamgo", "django") == .commonTypo)
    #expect(transform("requestz", "requests") == .commonTypo)
    #expect(transform("djanga", "django") == .commonTypo)
    #expect(transform("djxngo", "django") == .substitution)
  }

  @Test func leavesShortNamesAndPopularNamesAlone() {
    #expect(index.matches(for: "sex").isEmpty)
    #expect(index.matches(for: "siz").isEmpty)
    #expect(index.matches(for: "numpy").isEmpty)
    #expect(index.matches(for: "totally-unrelated").isEmpty)
    #expect(index.matches(for: "sixy").isEmpty)
  }

  @Test func findsTwoEditsOnlyFromLongEnoughNamesAndMatchesThemOnlyForMagnets() {
    #expect(index.twoEditTargets(for: "matplotlibb2") == ["matplotlib"])
    #expect(index.twoEditTargets(for: "tensorfolw") == [], "one swap is one edit, not two")
    #expect(index.twoEditTargets(for: "tesnorfolw") == ["tensorflow"])
    #expect(index.twoEditTargets(for: "flaskkk") == [], "flask is too short for two edits")
    #expect(index.twoEditTargets(for: "matplotlib") == [], "the name itself is no neighbour")
    #expect(transform("tesnorfolw", "tensorflow") == nil, "without magnets two edits are no typosquat")
    let magnets = TyposquatIndex(targets: ["tensorflow", "matplotlib"], twoEditMagnets: ["tensorflow"])
    #expect(magnets.matches(for: "tesnorfolw").map(\.transform) == [.twoEdits])
    #expect(magnets.matches(for: "matplotlibb2").isEmpty)
  }

  @Test func findsADoubledLetterEvenOnAShortName() {
    #expect(transform("sixx", "six") == .repeatedCharacter)
    #expect(transform("ssix", "six") == .repeatedCharacter)
  }

  @Test(.tags(.slow)) func scalesByLookupNotPairwiseComparison() {
    var generator = SeededGenerator(seed: 42)
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    func randomName(_ length: Int) -> String {
      String((0..<length).map { _ in letters[Int(generator.next() % UInt64(letters.count))] })
    }
    let popular = (0..<5_000).map { _ in randomName(6 + Int(generator.next() % 7)) }
    let big = TyposquatIndex(targets: popular)
    var candidates = (0..<50_000).map { _ in randomName(5 + Int(generator.next() % 9)) }
    let planted = popular.prefix(500).map { $0 + String($0.last ?? "x") }
    candidates += planted
    var found = 0
    for candidate in candidates where !big.matches(for: candidate).isEmpty { found += 1 }
    let plantedFound = planted.filter { candidate in
      big.matches(for: candidate).contains { $0.transform == .repeatedCharacter }
    }
    #expect(plantedFound.count == planted.count)
    #expect(found >= planted.count)
    #expect(found < planted.count + 2_000)
  }
}
