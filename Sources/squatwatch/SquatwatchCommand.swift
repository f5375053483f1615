import ArgumentParser
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
    subcommands: [CrawlCommand.self, CheckCommand.self, AuditCommand.self]
  )
}
