import Testing

@testable import SquatwatchKit

@Suite struct EnglishWordsTests {
  @Test func theBundledListHoldsEnglishWordsOfFourOrMoreLetters() {
    let words = EnglishWords.bundled
    #expect(words.contains("delicate"))
    #expect(words.contains("grip"))
    #expect(!words.contains("numpy"))
    #expect(!words.contains("cat"), "three-letter words are too easily reached by a slip")
    #expect(!words.contains("# English words"), "the licence header is not a word")
  }
}
