import Foundation

/// One observation for PyPI's observations API about one flagged project: the request body (`kind`, `summary`)
/// and the project whose URL it goes to.
///
/// Built from a report alone, so `--format observations` and `squatwatch observe --report` (which reads a
/// `--format json` report back) say the same thing about a project.
public struct Observation: Hashable, Sendable {
  /// The normalized project name.
  public var project: String
  public var kind: ObservationKind
  /// What an admin reads first: verdict and score, each finding's summary, and the cluster.
  public var summary: String
  /// The suspect's combined score, for `--min-score`.
  public var score: Double

  /// PyPI keeps summaries as free text; bound them so a long cluster list cannot make a huge request.
  static let maximumSummaryLength = 2_000

  /// The observations for the flagged suspects of `report` (defensive placeholders are reported to the admin
  /// running squatwatch, never accused), highest score first.
  public static func all(in report: AuditReport) -> [Observation] {
    report.flaggedSuspects.map { Observation($0, clusters: report.clusters) }
  }

  init(_ suspect: SuspectReport, clusters: [ClusterReport]) {
    project = suspect.project
    kind = ObservationKind(suspect)
    score = suspect.score
    var parts = [
      "squatwatch \(SquatwatchVersion.current): \(suspect.verdict.rawValue), score \(DecimalText.twoPlaces(suspect.score))."
    ]
    for finding in suspect.findings {
      parts.append("\(finding.check.rawValue) (\(DecimalText.twoPlaces(finding.score))): \(finding.summary).")
    }
    if let id = suspect.cluster, let cluster = clusters.first(where: { $0.id == id }) {
      let template = cluster.template.map { ", template \($0)" } ?? ""
      parts.append(
        "One of \(cluster.members.count) projects first uploaded \(cluster.firstUpload.prefix(10))..\(cluster.lastUpload.prefix(10))\(template)."
      )
    }
    let text = parts.joined(separator: " ")
    summary = text.count > Self.maximumSummaryLength ? String(text.prefix(Self.maximumSummaryLength - 1)) + "…" : text
  }

  /// The JSON object of the observations API's request body, plus `project` when `withProject` (the
  /// `--format observations` line, which names the URL too).
  func json(withProject: Bool) throws(SquatwatchError) -> Data {
    var object: [String: Any] = ["kind": kind.rawValue, "summary": summary]
    if withProject { object["project"] = project }
    do {
      return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    } catch {
      throw SquatwatchError(.malformed, "cannot encode the observation for \(project)", cause: ErrorSummary(error))
    }
  }
}
