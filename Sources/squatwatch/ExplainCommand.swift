public import ArgumentParser
import Foundation
public import SquatwatchKit

extension ExplanationFormat: ExpressibleByArgument {}

struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Say why projects are or are not flagged: every check's weighing, the cluster, the combined score.",
    discussion: """
      Runs the same offline audit as check over the cache, then for each project shows each check's raw score \
      and verdict, what it saw, each piece of counter-evidence with its factor, the popular projects it compared \
      the name with and why each was kept or dropped, the naming cluster with its members and shared signals, and \
      the combined score against the thresholds. A name that is not cached is said to be so, with the nearest \
      cached names.
      """)

  @Argument(help: "Project names to explain.")
  var names: [String]

  @OptionGroup var source: SourceOptions
  @OptionGroup var popularity: PopularityOptions
  @OptionGroup var upstream: UpstreamOptions
  @OptionGroup var watch: WatchOptions

  @Option(help: "Output format: text or json.")
  var format: ExplanationFormat = .text

  @OptionGroup var logging: LoggingOptions

  func run() throws {
    let console = logging.console
    try CommandFailure.reporting(to: console) { () throws(SquatwatchError) in
      let directory = try CacheLocation.directory(
        indexURL: source.indexURL, mirrorDirectory: source.mirrorDirectory, cacheDirectory: source.cacheDirectory,
        environment: ProcessInfo.processInfo.environment)
      let check = CheckJob(
        cacheDirectory: directory, popularFile: popularity.popularFile,
        knownCommandsFile: popularity.knownCommandsFile, options: CheckOptions(), lockWait: source.lockWait,
        upstreamCacheDirectory: try upstream.cacheDirectory(privateCache: directory), watchFiles: watch.watchFiles)
      let explanations = try ExplainJob(check: check).run(names: names, console: console)
      console.output(try format.render(explanations, width: Terminal.width()))
    }
  }
}
