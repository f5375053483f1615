public import ArgumentParser
public import SquatwatchKit
public import Foundation

extension ReportFormat: ExpressibleByArgument {}
extension ReportDelivery.FailOn: ExpressibleByArgument {}

/// How to check and how to report.
struct CheckOptionGroup: ParsableArguments {
  @Option(
    name: .customLong("popular"),
    help: "Download-ranked popular projects, as hugovk/top-pypi-packages JSON or CSV (download_count,project).")
  var popularFile: String?

  @Option(
    name: .customLong("known-commands"),
    help: "A map of popular projects to their commands and import names, replacing the bundled one.")
  var knownCommandsFile: String?

  @Option(help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
  var format: ReportFormat = .table

  @Option(name: .shortAndLong, help: "Write the report to this file instead of stdout.")
  var output: String?

  @Option(name: .customLong("min-score"), help: "Report only suspects scoring at least this (0 to 1).")
  var minScore: Double = 0

  @Option(name: .customLong("fail-on"), help: "Exit 1 when there are findings: any or never.")
  var failOn: ReportDelivery.FailOn = .any

  func validate() throws {
    guard (0...1).contains(minScore) else { throw ValidationError("--min-score must be between 0 and 1") }
  }

  var options: CheckOptions {
    var options = CheckOptions()
    options.minimumScore = minScore
    return options
  }

  /// The check of the cache in `directory`.
  func job(cacheDirectory: URL, lockWait: Double) -> CheckJob {
    CheckJob(
      cacheDirectory: cacheDirectory, popularFile: popularFile, knownCommandsFile: knownCommandsFile,
      options: options, lockWait: lockWait)
  }

  var delivery: ReportDelivery { ReportDelivery(format: format, output: output, failOn: failOn) }
}
