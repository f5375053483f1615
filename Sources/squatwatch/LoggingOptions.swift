import ArgumentParser
import SquatwatchKit

/// How much goes to stderr; stdout carries only the report.
struct LoggingOptions: ParsableArguments {
  @Flag(name: .shortAndLong, help: "Print errors only.")
  var quiet = false

  @Flag(name: .shortAndLong, help: "Print per-project detail.")
  var verbose = false

  var console: Console {
    Console(verbosity: quiet ? .quiet : verbose ? .verbose : .normal)
  }
}
