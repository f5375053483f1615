import Foundation

/// Renders an `AuditReport` as a ranked text table fitted to a terminal width.
public struct TableReportWriter: Sendable {
  /// Total line width to fit; never below 60.
  public var width: Int
  /// Whether to colour verdicts with ANSI escapes (only when writing to a terminal).
  public var colour: Bool

  public init(width: Int = 100, colour: Bool = false) {
    self.width = max(60, width)
    self.colour = colour
  }

  /// The whole report: suspects, clusters and degraded checks.
  public func render(_ report: AuditReport) -> String {
    var lines: [String] = []
    lines.append(
      fit(
        "squatwatch check of \(report.registry): \(report.projectsScanned) projects scanned, "
          + "\(report.suspects.count) suspects, \(report.clusters.count) clusters"))
    lines.append("")
    if report.suspects.isEmpty {
      lines.append("No suspects.")
    } else {
      let nameWidth = min(max(7, report.suspects.prefix(200).map(\.project.count).max() ?? 7), width / 3)
      let header =
        pad("#", 4) + " " + pad("score", 5) + " " + pad("verdict", 20) + " " + pad("project", nameWidth)
        + " finding"
      lines.append(fit(header))
      let summaryWidth = max(10, width - (4 + 1 + 5 + 1 + 20 + 1 + nameWidth + 1))
      for (index, suspect) in report.suspects.enumerated() {
        let verdict = paint(pad(suspect.verdict.rawValue, 20), suspect.verdict)
        let change = suspect.previousScore.map { "(rose from \(DecimalText.twoPlaces($0))) " } ?? ""
        let top = change + (suspect.findings.first.map { "\($0.check.rawValue): \($0.summary)" } ?? "")
        lines.append(
          pad("\(index + 1)", 4) + " " + pad(DecimalText.twoPlaces(suspect.score), 5) + " " + verdict + " "
            + pad(truncate(suspect.project, nameWidth), nameWidth) + " " + truncate(top, summaryWidth))
        let indent = String(repeating: " ", count: width - summaryWidth)
        for finding in suspect.findings.dropFirst() {
          lines.append(
            indent
              + truncate(
                "\(finding.check.rawValue) \(DecimalText.twoPlaces(finding.score)): \(finding.summary)", summaryWidth))
        }
      }
    }
    if !report.placeholders.isEmpty {
      lines.append("")
      lines.append(fit("Placeholders imitating nothing (not suspects): \(report.placeholders.count)"))
      lines.append(
        fit(
          "  " + report.placeholders.prefix(20).map(\.project).joined(separator: ", ")
            + (report.placeholders.count > 20 ? ", ..." : "")))
    }
    if !report.clusters.isEmpty {
      lines.append("")
      lines.append("Clusters")
      for cluster in report.clusters {
        let span = "\(cluster.firstUpload.prefix(10))..\(cluster.lastUpload.prefix(10))"
        lines.append(
          fit("\(cluster.id): \(cluster.members.count) projects, \(span), template \(cluster.template ?? "none")"))
        lines.append(fit("  signals: " + cluster.signals.joined(separator: "; ")))
        lines.append(
          fit(
            "  members: " + cluster.members.prefix(20).joined(separator: ", ")
              + (cluster.members.count > 20 ? ", ..." : "")))
      }
    }
    if let baseline = report.baseline {
      lines.append("")
      let since = baseline.generatedAt.map { "the baseline of " + UploadTime.text(Int64($0.timeIntervalSince1970)) }
      lines.append(
        fit(
          "Compared with \(since ?? "an empty baseline (first run)"): \(baseline.new) new, \(baseline.rose) rose, "
            + "\(baseline.unchanged) unchanged (not listed), \(baseline.resolved) resolved"))
    }
    if !report.allowlisted.isEmpty {
      lines.append("")
      lines.append(fit("Allowlisted: \(report.allowlisted.count) suspects left out as reviewed"))
      for entry in report.allowlisted {
        lines.append(
          fit(
            "  \(entry.project) (\(DecimalText.twoPlaces(entry.score)), \(entry.verdict.rawValue)): \(entry.entry)  # \(entry.reason)"
          ))
      }
    }
    if !report.degradedChecks.isEmpty {
      lines.append("")
      lines.append("Checks run without some signals")
      for entry in report.degradedChecks {
        lines.append(
          fit(
            "  \(entry.check.rawValue) without \(entry.missingSignal) (\(entry.projectsAffected) projects): \(entry.effect)"
          ))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func fit(_ text: String) -> String { truncate(text, width) }

  private func truncate(_ text: String, _ limit: Int) -> String {
    guard text.count > limit else { return text }
    return String(text.prefix(max(0, limit - 1))) + "…"
  }

  private func pad(_ text: String, _ length: Int) -> String {
    text.count >= length ? text : text + String(repeating: " ", count: length - text.count)
  }

  private func paint(_ text: String, _ verdict: Verdict) -> String {
    guard colour else { return text }
    let code =
      switch verdict {
      case .likelySquat: "31;1"
      case .suspicious: "33"
      case .defensivePlaceholder: "36"
      case .placeholder: "2"
      }
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }
}
