import ArgumentParser
import Foundation
import SquatwatchKit

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check the cached registry for squatted projects (offline).",
    discussion: "Give --cache-dir, or the --index-url/--mirror-dir of an earlier crawl to find its default cache.")

  @OptionGroup var source: SourceOptions
  @OptionGroup var upstream: UpstreamOptions
  @OptionGroup var check: CheckOptionGroup
  @OptionGroup var logging: LoggingOptions

  func run() throws {
    let console = logging.console
    var status = ExitStatus.clean
    try CommandFailure.reporting(to: console) { () throws(SquatwatchError) in
      let directory = try CacheLocation.directory(
        indexURL: source.indexURL, mirrorDirectory: source.mirrorDirectory, cacheDirectory: source.cacheDirectory,
        environment: ProcessInfo.processInfo.environment)
      let job = check.job(
        cacheDirectory: directory, lockWait: source.lockWait,
        upstreamCacheDirectory: try upstream.cacheDirectory(privateCache: directory))
      status = try check.delivery.deliver(try job.run(console: console), console: console)
    }
    if status != .clean { throw ExitCode(status.rawValue) }
  }
}
