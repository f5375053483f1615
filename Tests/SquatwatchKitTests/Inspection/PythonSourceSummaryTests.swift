import Foundation
import Testing

@testable import SquatwatchKit

@Suite struct PythonSourceSummaryTests {
  private func summary(_ text: String) -> PythonSourceSummary { PythonSourceSummary(source: Data(text.utf8)) }

  @Test func countsNothingForDocstringsCommentsPassAndVersionStrings() {
    let text = """
      \"\"\"Placeholder package.

      Nothing here.
      \"\"\"
      # a comment
      __version__ = "1.0"
      __all__ = []
      VERSION = (1, 0)

      pass
      '''another
      string'''
      """
    let result = summary(text)
    #expect(!result.definesAnything)
    #expect(
      result.codeBytes == #"__version__ = "1.0""#.utf8.count + "__all__ = []".utf8.count + "VERSION = (1, 0)".utf8.count
    )
  }

  @Test func detectsDefinitionsAndCountsOnlyCode() {
    #expect(summary("def main():\n    return 1  # done\n").definesAnything)
    #expect(summary("class A:\n    pass\n").definesAnything)
    #expect(summary("async def go():\n    ...\n").definesAnything)
    #expect(summary("x = 1\n").definesAnything)
    #expect(summary("x: int = 1\n").definesAnything)
    #expect(summary("counter += 1\n").definesAnything)
    #expect(summary("a, b = 1, 2\n").definesAnything)
    #expect(
      summary("def main():\n    return 1  # done\n").codeBytes == "def main():".utf8.count + "return 1".utf8.count)
  }

  @Test func ignoresComparisonsKeywordArgumentsAndHashesInStrings() {
    let result = summary(
      """
      import os
      print("# not a comment", sep="=")
      if os.name == "nt" or 1 <= 2 or 3 >= 1 or 4 != 5:
          print(f"x={1}", r'\\'', end='')
      """)
    #expect(!result.definesAnything)
    #expect(result.codeBytes > 0)
  }

  @Test func survivesUnterminatedStrings() {
    let result = summary("x = '''never closed\n" + String(repeating: "y", count: 10_000))
    #expect(result.definesAnything)
  }
}
