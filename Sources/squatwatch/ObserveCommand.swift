import ArgumentParser
import Foundation
import SquatwatchKit

struct ObserveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "observe",
    abstract: "Report a check's flagged projects to PyPI's observations API, each project and kind once.",
    discussion: """
      Reads a --format json report and posts one observation per likely-squat or suspicious project at or above \
      --min-score to <api-url>/danger-api/projects/<name>/observations, with a PyPI API token of an account with \
      observer access (api:observations:add) from PYPI_OBSERVER_TOKEN or --token-file; the token is never \
      logged. What PyPI accepted is recorded in the cache (by default the one a crawl of the API's host uses), \
      so a project and kind are never sent twice. 429 and 503 are waited out as Retry-After says.

      Prints one line per observation: sent, already sent, not on PyPI (404), or rejected (with the server's \
      reason). Exit codes: 0 all sent or already sent, 1 some rejected, 2 usage error (bad report, no token), \
      3 stopped: the token was refused (401/403), the API kept rate-limiting, or it could not be reached.
      """)

  @Option(help: ArgumentHelp("A squatwatch --format json report.", valueName: "report.json"))
  var report: String

  @Option(
    name: .customLong("min-score"),
    help: "Send only suspects scoring at least this (0 to 1; default: the likely-squat threshold).")
  var minScore: Double = CheckOptions().likelyThreshold

  @Flag(name: .customLong("dry-run"), help: "Print each request that would be sent; send nothing (needs no token).")
  var dryRun = false

  @Option(name: .customLong("api-url"), help: "The observations API's base URL.")
  var apiURL = "https://pypi.org"

  @Option(
    name: .customLong("token-file"),
    help: ArgumentHelp("A file holding the observer token, instead of PYPI_OBSERVER_TOKEN.", valueName: "file"))
  var tokenFile: String?

  @Option(
    name: .customLong("cache-dir"),
    help: "The cache recording what was sent (default: $XDG_CACHE_HOME/squatwatch/<API host>/).")
  var cacheDirectory: String?

  @Option(name: .customLong("lock-wait"), help: "Seconds to wait for another run using the same cache.")
  var lockWait: Double = 0

  @OptionGroup var logging: LoggingOptions

  func validate() throws {
    guard (0...1).contains(minScore) else { throw ValidationError("--min-score must be between 0 and 1") }
  }

  func run() throws {
    let console = logging.console
    var status = ExitStatus.clean
    try CommandFailure.reporting(to: console) { () throws(SquatwatchError) in
      let environment = ProcessInfo.processInfo.environment
      let api = try ObservationsAPI(apiURL)
      let token = dryRun ? nil : try ObserverToken.load(file: tokenFile, environment: environment)
      let directory =
        cacheDirectory.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL }
        ?? CacheLocation.defaultDirectory(forKey: api.cacheKey, environment: environment)
      let job = ObserveJob(
        reportPath: report, minimumScore: minScore, api: api, token: token, cacheDirectory: directory,
        lockWait: lockWait)
      status = try job.run(console: console)
    }
    if status != .clean { throw ExitCode(status.rawValue) }
  }
}
