import Foundation

/// Renders the flagged projects of an `AuditReport` as a `bandersnatch.conf` fragment that turns on bandersnatch's
/// `blocklist_project` filter plugin for them, so the mirror stops syncing them.
///
/// Each name is preceded by a comment with its score, verdict and first finding, so whoever reads the mirror's
/// configuration later sees why a project is blocked. Defensive placeholders are left out (they belong to the
/// project they mirror), and so are allowlisted projects (`ReportDelivery` removes them first). Comments quote text
/// from the index (script names in a finding), so every control character in them becomes a space: a line break
/// would end the comment and let the rest be read as configuration.
enum BandersnatchReportWriter {
  static func render(_ report: AuditReport) -> String {
    let flagged = report.flaggedSuspects
    var lines = [
      "# squatwatch \(SquatwatchVersion.current): \(flagged.count) flagged projects of \(report.registry), "
        + "checked \(UploadTime.text(Int64(report.generatedAt.timeIntervalSince1970))).",
      "# Add to bandersnatch.conf; where it already has [plugins] or [blocklist], merge these lines into them.",
      "[plugins]",
      "enabled =",
      "    blocklist_project",
      "",
      "[blocklist]",
      "packages =",
    ]
    for suspect in flagged {
      let finding = suspect.findings.first.map { "; \($0.check.rawValue): \($0.summary)" } ?? ""
      lines.append("    # \(DecimalText.twoPlaces(suspect.score)) \(suspect.verdict.rawValue)\(finding)")
      lines.append("    \(suspect.project)")
    }
    return lines.map(PlainText.withoutControlCharacters).joined(separator: "\n") + "\n"
  }
}
