public import ArgumentParser
import Foundation
public import SquatwatchKit

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

  @Option(
    name: .customLong("watch"),
    help: ArgumentHelp(
      "Names nobody outside the listed owners may register: `NAME  # reason` and `owner USER|EMAIL|@DOMAIN` lines.",
      discussion: "A project under such a name, or one edit from one, is flagged watched-name. Repeat for lists with "
        + "different owners.",
      valueName: "file"))
  var watchFiles: [String] = []

  func validate() throws {
    guard (0...1).contains(minScore) else { throw ValidationError("--min-score must be between 0 and 1") }
    if updateBaseline && baseline == nil { throw ValidationError("--update-baseline needs --baseline FILE") }
    do {
      _ = try delivery.loadInputs()
      if !watchFiles.isEmpty { _ = try WatchList.load(paths: watchFiles) }
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
      cacheDirectory: cacheDirectory, popularFile: popularFile, knownCommandsFile: knownCommandsFile,
      options: options, lockWait: lockWait, upstreamCacheDirectory: upstreamCacheDirectory, watchFiles: watchFiles)
  }

  var delivery: ReportDelivery {
    ReportDelivery(
      format: format, output: output, failOn: failOn ?? (baseline == nil ? .any : .new), allowlistPath: allowlist,
      baselinePath: baseline, updateBaseline: updateBaseline)
  }
}
