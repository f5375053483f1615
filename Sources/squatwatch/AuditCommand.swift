import ArgumentParser
import Foundation
import SquatwatchKit

struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "Crawl an index, then check it for squatted projects.")

  @OptionGroup var source: SourceOptions
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
      let job = check.job(cacheDirectory: target.cacheDirectory, lockWait: source.lockWait)
      status = try check.delivery.deliver(try job.run(console: console), console: console)
    }
    if status != .clean { throw ExitCode(status.rawValue) }
  }
}
