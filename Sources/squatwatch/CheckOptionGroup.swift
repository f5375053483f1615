public import ArgumentParser
import Foundation
public import SquatwatchKit

extension ReportFormat: ExpressibleByArgument {}
extension ReportDelivery.FailOn: ExpressibleByArgument {}

/// How to check and how to report.
struct CheckOptionGroup: ParsableArguments {
  @OptionGroup var popularity: PopularityOptions

  @Option(help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
  var format: ReportFormat = .table

  @Option(name: .shortAndLong, help: "Write the report to this file instead of stdout.")
  var output: String?

  @Option(name: .customLong("min-score"), help: "Report only suspects scoring at least this (0 to 1).")
  var minScore: Double = 0

  @Option(
    name: .customLong("fail-on"),
    help: ArgumentHelp(
      "When findings exit 1: any, new or never (default: any; new with --baseline).",
      discussion: "any: any suspect left after the allowlist; new: a suspect new or risen since the baseline; "
        + "never: exit 0 whenever the run worked."))
  var failOn: ReportDelivery.FailOn?

  @Option(
    help: ArgumentHelp(
      "A previous --format json report: list only suspects that are new or whose score rose.",
      valueName: "previous.json"))
  var baseline: String?

  @Flag(
    name: .customLong("update-baseline"),
    help: "After writing the report, replace the --baseline file with this run's full JSON report (created if missing)."
  )
  var updateBaseline = false

  @Option(
    help: ArgumentHelp(
      "Reviewed projects and owners to leave out, one per line: `project NAME  # reason` or `owner USER  # reason`.",
      valueName: "file"))
  var allowlist: String?

  @OptionGroup var watch: WatchOptions

  func validate() throws {
    guard (0...1).contains(minScore) else { throw ValidationError("--min-score must be between 0 and 1") }
    if updateBaseline && baseline == nil { throw ValidationError("--update-baseline needs --baseline FILE") }
    do {
      _ = try delivery.loadInputs()
    } catch {
      throw ValidationError(error.description)
    }
  }

  var options: CheckOptions {
    var options = CheckOptions()
    options.minimumScore = minScore
    return options
  }

  /// The check of the cache in `cacheDirectory`, compared with the upstream's cache if there is one.
  func job(cacheDirectory: URL, lockWait: Double, upstreamCacheDirectory: URL?) -> CheckJob {
    CheckJob(
      cacheDirectory: cacheDirectory, popularFile: popularity.popularFile,
      knownCommandsFile: popularity.knownCommandsFile, options: options, lockWait: lockWait,
      upstreamCacheDirectory: upstreamCacheDirectory, watchFiles: watch.watchFiles)
  }

  var delivery: ReportDelivery {
    ReportDelivery(
      format: format, output: output, failOn: failOn ?? (baseline == nil ? .any : .new), allowlistPath: allowlist,
      baselinePath: baseline, updateBaseline: updateBaseline)
  }
}
