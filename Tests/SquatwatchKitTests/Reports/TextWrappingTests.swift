import Foundation
import Testing

@testable import SquatwatchKit

@Suite struct TextWrappingTests {
  @Test func breaksAtSpacesWithinTheWidthAndKeepsEveryWord() {
    let text = "installs scripts that overwrite system commands: pip, sudo, python and git"
    let lines = TextWrapping.wrap(text, width: 20, hanging: 2)
    #expect(lines.allSatisfy { $0.count <= 20 })
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("  ") && !$0.hasPrefix("   ") })
    #expect(lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") == text)
  }

  @Test func splitsAWordLongerThanALineInsteadOfCuttingIt() {
    let word = String(repeating: "abcdefghij", count: 5)
    let lines = TextWrapping.wrap("see \(word) here", width: 12, hanging: 2)
    #expect(lines.allSatisfy { $0.count <= 12 })
    #expect(lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined().contains(word))
    #expect(lines.last?.hasSuffix("here") == true)
  }

  @Test func lineBreaksInTheTextBecomeSpacesAndAlignedSpacesStay() {
    #expect(TextWrapping.wrap("one\ntwo\r\n  three", width: 40) == ["one two three"])
    #expect(TextWrapping.wrap("  project x  # reviewed", width: 40) == ["  project x  # reviewed"])
    #expect(TextWrapping.oneLine("a\tb\n") == "a b")
    #expect(TextWrapping.wrap("", width: 40) == [""])
  }
}
