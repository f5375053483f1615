/// squatwatch's exit codes, documented in `--help` and the README.
public enum ExitStatus: Int32, Sendable {
  /// Nothing to report.
  case clean = 0
  /// Findings, as `--fail-on` says.
  case findings = 1
  /// The command line or an input file is wrong.
  case usage = 2
  /// The index could not be crawled (unreachable, not an index, no TLS verification, cache locked or unwritable).
  case crawlFailed = 3

  /// The exit status for an error that ended a run.
  public init(for error: SquatwatchError) {
    self = error.code == .usage ? .usage : .crawlFailed
  }
}
