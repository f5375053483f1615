import Foundation

/// A previous `--format json` report, so a scheduled run reports only what is new.
public struct ReportBaseline: Sendable {
  /// Reports of a whole registry run to tens of megabytes; far beyond that, the file is not a report.
  static let maximumBytes = 1 << 30

  public var path: String
  /// The previous report, or nil when the file does not exist yet (first run with `--update-baseline`).
  public var report: AuditReport?

  /// Reads the baseline at `path`; a missing file is an empty baseline only when `allowMissing`.
  ///
  /// - Throws: `usage` when the file is missing (and not allowed to be), unreadable or not a JSON report.
  public static func load(path: String, allowMissing: Bool) throws(SquatwatchError) -> ReportBaseline {
    guard FileManager.default.fileExists(atPath: path) else {
      if allowMissing { return ReportBaseline(path: path, report: nil) }
      throw SquatwatchError(
        .usage,
        "the baseline \(path) does not exist; give a previous --format json report, or add --update-baseline to start one"
      )
    }
    let data = try BoundedFile.read(path, label: "the baseline \(path)", limit: maximumBytes, tooLarge: .usage)
    do {
      return ReportBaseline(path: path, report: try JSONReportWriter.report(from: data))
    } catch {
      throw SquatwatchError(.usage, "the baseline \(path) is not a squatwatch --format json report", cause: error)
    }
  }

  /// `report` reduced to suspects that are new or whose score rose since the baseline, with the counts.
  ///
  /// Clusters stay only when one of their members is still listed. A risen suspect carries its previous score.
  ///
  /// - Throws: `usage` when the baseline is a report of another registry.
  func compare(_ report: AuditReport) throws(SquatwatchError) -> AuditReport {
    guard let previous = self.report else {
      var result = report
      result.baseline = BaselineSummary(
        generatedAt: nil, new: report.suspects.count, rose: 0, unchanged: 0, resolved: 0)
      return result
    }
    guard previous.registry == report.registry else {
      throw SquatwatchError(
        .usage, "the baseline \(path) is a report of \(previous.registry), not of \(report.registry)")
    }
    var previousScores: [String: Double] = [:]
    for suspect in previous.suspects { previousScores[suspect.project] = suspect.score }
    var result = report
    result.suspects = []
    var new = 0
    var rose = 0
    var current = Set<String>()
    for suspect in report.suspects {
      current.insert(suspect.project)
      guard let before = previousScores[suspect.project] else {
        new += 1
        result.suspects.append(suspect)
        continue
      }
      guard suspect.score > before + 1e-9 else { continue }
      rose += 1
      var risen = suspect
      risen.previousScore = before
      result.suspects.append(risen)
    }
    current.formUnion(report.allowlisted.map(\.project))
    let listed = Set(result.suspects.map(\.project))
    result.clusters = report.clusters.filter { $0.members.contains(where: listed.contains) }
    result.baseline = BaselineSummary(
      generatedAt: previous.generatedAt, new: new, rose: rose, unchanged: report.suspects.count - new - rose,
      resolved: previousScores.keys.filter { !current.contains($0) }.count)
    return result
  }
}
