import ArgumentParser
import Foundation
import SquatwatchKit

struct CrawlCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "crawl",
    abstract: "Crawl an index into the cache (incremental: re-runs fetch only what changed).")

  @OptionGroup var source: SourceOptions
  @OptionGroup var upstream: UpstreamOptions
  @OptionGroup var crawl: CrawlOptionGroup
  @OptionGroup var logging: LoggingOptions

  func run() throws {
    let console = logging.console
    try CommandFailure.reporting(to: console) { () throws(SquatwatchError) in
      let target = try source.target(timeouts: crawl.timeouts)
      let summary = try CrawlJob(target: target, options: crawl.options, lockWait: source.lockWait).run(
        console: console)
      console.log(.info, summary.text)
      if let upstreamJob = try upstream.job(
        privateTarget: target, options: crawl.options, timeouts: crawl.timeouts, lockWait: source.lockWait)
      {
        console.log(.info, try upstreamJob.run(console: console).text)
      }
    }
  }
}
