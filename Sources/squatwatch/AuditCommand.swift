import ArgumentParser
import Foundation
import SquatwatchKit

struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "Crawl an index, then check it for squatted projects.")

  @OptionGroup var source: SourceOptions
  @OptionGroup var upstream: UpstreamOptions
  @OptionGroup var crawl: CrawlOptionGroup
  @OptionGroup var check: CheckOptionGroup
  @OptionGroup var logging: LoggingOptions

  func run() throws {
    let console = logging.console
    var status = ExitStatus.clean
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
      let job = check.job(
        cacheDirectory: target.cacheDirectory, lockWait: source.lockWait,
        upstreamCacheDirectory: try upstream.cacheDirectory(privateCache: target.cacheDirectory))
      status = try check.delivery.deliver(try job.run(console: console), console: console)
    }
    if status != .clean { throw ExitCode(status.rawValue) }
  }
}
