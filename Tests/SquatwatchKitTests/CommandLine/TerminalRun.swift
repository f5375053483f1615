import Foundation
import SquatwatchTestSupport

/// Runs a program with its standard output on a pseudo-terminal of a given width, as at a user's terminal.
///
/// util-linux's `script` (in every Debian: package bsdutils) provides the terminal; `stty` sizes it.
enum TerminalRun {
  /// The exit status and what the program wrote to the terminal (line ends as `\n`).
  static func run(_ executable: URL, _ arguments: [String], columns: Int) throws -> (status: Int32, output: String) {
    let command = ([executable.path] + arguments).map(quoted).joined(separator: " ")
    let run = try BuiltProduct.run(
      executable: URL(fileURLWithPath: "/usr/bin/script"),
      ["--quiet", "--return", "--command", "stty cols \(columns) rows 40 && exec \(command) 2>/dev/null", "/dev/null"])
    return (run.status, run.stdout.replacingOccurrences(of: "\r\n", with: "\n"))
  }

  /// `text` as one single-quoted shell word.
  private static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
