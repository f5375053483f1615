import ArgumentParser
import Foundation
import SquatwatchKit

struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "Crawl an index, then check it for squatted projects.")

  @OptionGroup var source: SourceOptions
  @OptionGroup var crawl: CrawlOptionGroup
  @OptionGroup var logging: LoggingOptions

  func run() throws {
    let console = logging.console
    try CommandFailure.reporting(to: console) { () throws(SquatwatchError) in
      let target = try RegistryTarget(
        indexURL: source.indexURL, mirrorDirectory: source.mirrorDirectory, cacheDirectory: source.cacheDirectory,
        environment: ProcessInfo.processInfo.environment)
      let summary = try CrawlJob(target: target, options: crawl.options, lockWait: source.lockWait).run(console: console)
      console.log(.info, summary.text)
    }
  }
}
