import ArgumentParser
import SquatwatchKit

/// Runs a command's library call, turning its error into one line on stderr and the documented exit code.
enum CommandFailure {
  static func reporting(to console: Console, _ body: () throws(SquatwatchError) -> Void) throws(ExitCode) {
    do {
      try body()
    } catch {
      console.log(.error, error.description)
      throw ExitCode(ExitStatus(for: error).rawValue)
    }
  }
}
