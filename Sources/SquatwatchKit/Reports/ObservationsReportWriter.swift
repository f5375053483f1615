import Foundation

/// Renders an `AuditReport` as PyPI observations: one JSON object per line per suspect, ready for an admin with
/// observer access to post to `/danger-api/projects/{project}/observations`.
///
/// Each line is the request body (`kind`, `summary`) plus `project`, which names the URL. Defensive
/// placeholders are left out: they are reported to the admin running squatwatch, not accused.
enum ObservationsReportWriter {
  /// PyPI keeps summaries as free text; bound them so a long cluster list cannot make a huge request.
  static let maximumSummaryLength = 2_000

  static func render(_ report: AuditReport) throws(SquatwatchError) -> String {
    var text = ""
    for suspect in report.flaggedSuspects {
      let object: [String: Any] = [
        "project": suspect.project, "kind": ObservationKind(suspect).rawValue,
        "summary": summary(suspect, clusters: report.clusters),
      ]
      do {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        text += String(decoding: data, as: UTF8.self) + "\n"
      } catch {
        throw SquatwatchError(
          .malformed, "cannot encode the observation for \(suspect.project)", cause: ErrorSummary(error))
      }
    }
    return text
  }

  /// What an admin reads first: the verdict and score, each finding's summary, and the cluster it belongs to.
  static func summary(_ suspect: SuspectReport, clusters: [ClusterReport]) -> String {
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
    return text.count > maximumSummaryLength ? String(text.prefix(maximumSummaryLength - 1)) + "…" : text
  }
}
