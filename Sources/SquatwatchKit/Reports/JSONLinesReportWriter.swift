import Foundation

/// Renders an `AuditReport` as JSON Lines: one suspect object per line, in the JSON contract's suspect shape.
///
/// For tools that stream or `grep` suspects; registry-wide parts (clusters, degraded checks) are only in `json`.
enum JSONLinesReportWriter {
  static func render(_ report: AuditReport) throws(SquatwatchError) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var text = ""
    for suspect in report.suspects {
      do {
        text += String(decoding: try encoder.encode(suspect), as: UTF8.self) + "\n"
      } catch {
        throw SquatwatchError(
          .malformed, "cannot encode suspect \(suspect.project) as JSON", cause: ErrorSummary(error))
      }
    }
    return text
  }
}
