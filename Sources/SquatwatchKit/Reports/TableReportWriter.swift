import Foundation

/// Renders an `AuditReport` as a ranked text table.
///
/// On a terminal each line is fitted to its width (cut with `…`) so the ranking stays scannable; anywhere else
/// (a file, a pipe, cron's mail) every summary, name and cluster member is written in full, wrapped at the width
/// under its column, because that text is then all an admin has to act on.
public struct TableReportWriter: Sendable {
  /// Total line width to fit or wrap at; never below 60.
  public var width: Int
  /// Whether the text goes to a terminal: lines are cut to the width and verdicts coloured with ANSI escapes.
  public var terminal: Bool

  /// The verdict column fits the longest verdict, `defensive-placeholder`.
  private static let verdictWidth = 21

  public init(width: Int = 100, terminal: Bool = false) {
    self.width = max(60, width)
    self.terminal = terminal
  }

  /// The whole report: suspects, clusters and degraded checks.
  public func render(_ report: AuditReport) -> String {
    var lines: [String] = []
    lines += block(
      "squatwatch check of \(report.registry): \(report.projectsScanned) projects scanned, "
        + "\(report.suspects.count) suspects, \(report.clusters.count) clusters")
    lines.append("")
    if report.suspects.isEmpty {
      lines.append("No suspects.")
    } else {
      let nameWidth = min(max(7, report.suspects.prefix(200).map(\.project.count).max() ?? 7), width / 3)
      let header =
        pad("#", 4) + " " + pad("score", 5) + " " + pad("verdict", Self.verdictWidth) + " " + pad("project", nameWidth)
        + " finding"
      lines.append(terminal ? cut(header, width) : header)
      let summaryWidth = max(10, width - (4 + 1 + 5 + 1 + Self.verdictWidth + 1 + nameWidth + 1))
      let indent = String(repeating: " ", count: width - summaryWidth)
      for (index, suspect) in report.suspects.enumerated() {
        let verdict = paint(pad(suspect.verdict.rawValue, Self.verdictWidth), suspect.verdict)
        let change = suspect.previousScore.map { "(rose from \(DecimalText.twoPlaces($0))) " } ?? ""
        let top = change + (suspect.findings.first.map { "\($0.check.rawValue): \($0.summary)" } ?? "")
        let lead = pad("\(index + 1)", 4) + " " + pad(DecimalText.twoPlaces(suspect.score), 5) + " " + verdict + " "
        let topLines = column(top, width: summaryWidth)
        if terminal || suspect.project.count <= nameWidth {
          lines.append(lead + pad(cut(suspect.project, nameWidth), nameWidth) + " " + topLines[0])
          lines += topLines.dropFirst().map { indent + $0 }
        } else {
          // A name longer than its column is written whole on its own line, the finding below it.
          lines.append(lead + suspect.project)
          lines += topLines.map { indent + $0 }
        }
        for finding in suspect.findings.dropFirst() {
          let text = "\(finding.check.rawValue) \(DecimalText.twoPlaces(finding.score)): \(finding.summary)"
          lines += column(text, width: summaryWidth).map { indent + $0 }
        }
      }
    }
    if !report.placeholders.isEmpty {
      lines.append("")
      lines += block("Placeholders imitating nothing (not suspects): \(report.placeholders.count)")
      let names =
        terminal && report.placeholders.count > 20
        ? report.placeholders.prefix(20).map(\.project).joined(separator: ", ") + ", ..."
        : report.placeholders.map(\.project).joined(separator: ", ")
      lines += block("  " + names, hanging: 4)
    }
    if !report.clusters.isEmpty {
      lines.append("")
      lines.append("Clusters")
      for cluster in report.clusters {
        let span = "\(cluster.firstUpload.prefix(10))..\(cluster.lastUpload.prefix(10))"
        lines += block(
          "\(cluster.id): \(cluster.members.count) projects, \(span), template \(cluster.template ?? "none")")
        lines += block("  signals: " + cluster.signals.joined(separator: "; "), hanging: 4)
        let members =
          terminal && cluster.members.count > 20
          ? cluster.members.prefix(20).joined(separator: ", ") + ", ..." : cluster.members.joined(separator: ", ")
        lines += block("  members: " + members, hanging: 4)
      }
    }
    if let baseline = report.baseline {
      lines.append("")
      let since = baseline.generatedAt.map { "the baseline of " + UploadTime.text(Int64($0.timeIntervalSince1970)) }
      lines += block(
        "Compared with \(since ?? "an empty baseline (first run)"): \(baseline.new) new, \(baseline.rose) rose, "
          + "\(baseline.unchanged) unchanged (not listed), \(baseline.resolved) resolved")
    }
    if !report.allowlisted.isEmpty {
      lines.append("")
      lines += block("Allowlisted: \(report.allowlisted.count) suspects left out as reviewed")
      for entry in report.allowlisted {
        lines += block(
          "  \(entry.project) (\(DecimalText.twoPlaces(entry.score)), \(entry.verdict.rawValue)): \(entry.entry)  # \(entry.reason)",
          hanging: 4)
      }
    }
    if !report.degradedChecks.isEmpty {
      lines.append("")
      lines.append("Checks run without some signals")
      for entry in report.degradedChecks {
        lines += block(
          "  \(entry.check.rawValue) without \(entry.missingSignal) (\(entry.projectsAffected) projects): \(entry.effect)",
          hanging: 4)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A full-width line, on one line and cut on a terminal, otherwise wrapped with continuation lines indented by `hanging`.
  private func block(_ text: String, hanging: Int = 2) -> [String] {
    terminal ? [cut(TextWrapping.oneLine(text), width)] : TextWrapping.wrap(text, width: width, hanging: hanging)
  }

  /// The lines of a column `width` wide: one cut line on a terminal, all of the text wrapped elsewhere (continuation
  /// lines indented, so each finding's start stands out).
  private func column(_ text: String, width: Int) -> [String] {
    terminal ? [cut(TextWrapping.oneLine(text), width)] : TextWrapping.wrap(text, width: width, hanging: 2)
  }

  private func cut(_ text: String, _ limit: Int) -> String {
    guard text.count > limit else { return text }
    return String(text.prefix(max(0, limit - 1))) + "…"
  }

  private func pad(_ text: String, _ length: Int) -> String {
    text.count >= length ? text : text + String(repeating: " ", count: length - text.count)
  }

  private func paint(_ text: String, _ verdict: Verdict) -> String {
    guard terminal else { return text }
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
