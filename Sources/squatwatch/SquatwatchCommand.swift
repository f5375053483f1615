import ArgumentParser
import Foundation
import SquatwatchKit

@main
struct SquatwatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "squatwatch",
    abstract: "Audit a Python package index for squatted projects.",
    discussion: """
      squatwatch crawls a PyPI-style index (pypi.org, or a private mirror such as bandersnatch, devpi, \
      pypiserver, Artifactory or Nexus) into an on-disk cache, then looks for squatted projects.

      Exit codes: 0 nothing to report, 1 findings (as --fail-on says), 2 usage error, \
      3 the index could not be crawled.
      """,
    version: SquatwatchVersion.current,
    subcommands: [
      CrawlCommand.self, CheckCommand.self, AuditCommand.self, NamesCommand.self, ExplainCommand.self,
      ObserveCommand.self,
    ]
  )

  /// Parses and runs, mapping argument errors to the documented usage exit code 2 (not sysexits' 64).
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      if exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(ExitStatus.usage.rawValue)
      }
      exit(withError: error)
    }
  }
}
