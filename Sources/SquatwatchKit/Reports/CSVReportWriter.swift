import Foundation

/// Renders an `AuditReport` as RFC 4180 CSV: a header row, then one row per suspect, CRLF line ends.
///
/// Summaries quote attacker-written text, so a cell that a spreadsheet would run as a formula (starting with
/// `=`, `+`, `-`, `@`, tab or CR) is prefixed with `'`.
enum CSVReportWriter {
  static let header = ["project", "score", "verdict", "checks", "summary", "cluster", "first_upload", "owners"]

  static func render(_ report: AuditReport) -> String {
    var rows = [header]
    for suspect in report.suspects {
      rows.append([
        suspect.project, DecimalText.twoPlaces(suspect.score), suspect.verdict.rawValue,
        suspect.findings.map(\.check.rawValue).joined(separator: ";"),
        suspect.findings.map { "\($0.check.rawValue): \($0.summary)" }.joined(separator: " | "),
        suspect.cluster ?? "", suspect.firstUpload ?? "", suspect.owners.joined(separator: ";"),
      ])
    }
    return rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
  }

  /// One field, quoted when it holds a comma, quote, CR or LF, with quotes doubled.
  static func field(_ value: String) -> String {
    var text = value
    if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
