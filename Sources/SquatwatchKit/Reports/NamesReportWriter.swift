/// Renders the flagged projects of an `AuditReport` as bare normalized names, one per line, for any tool that
/// takes a list: Artifactory or Nexus exclusion patterns, a proxy's or firewall's block list, `grep -F -f`.
///
/// Like the bandersnatch fragment it leaves out defensive placeholders and allowlisted projects.
enum NamesReportWriter {
  static func render(_ report: AuditReport) -> String {
    report.flaggedSuspects.map { $0.project + "\n" }.joined()
  }
}
