import Foundation

/// Renders an `AuditReport` as PyPI observations: one JSON object per line per flagged suspect, the bodies that
/// `squatwatch observe` posts to `/danger-api/projects/{project}/observations`.
///
/// Each line is the request body (`kind`, `summary`) plus `project`, which names the URL. Defensive
/// placeholders are left out: they are reported to the admin running squatwatch, not accused.
enum ObservationsReportWriter {
  static func render(_ report: AuditReport) throws(SquatwatchError) -> String {
    var text = ""
    for observation in Observation.all(in: report) {
      text += String(decoding: try observation.json(withProject: true), as: UTF8.self) + "\n"
    }
    return text
  }
}
