/// The output formats of `check` and `audit`.
public enum ReportFormat: String, CaseIterable, Sendable {
  /// A ranked table fitted to the terminal.
  case table
  /// The JSON contract automation depends on.
  case json
  /// One suspect per line, in the JSON contract's suspect shape.
  case jsonl
  /// RFC 4180 CSV, one row per suspect.
  case csv
  /// SARIF 2.1.0 for code-scanning dashboards.
  case sarif
  /// Bodies for PyPI's observations API, one per line.
  case observations
  /// One self-contained HTML page with filters, evidence, clusters and the uploads-per-day chart.
  case html

  /// Renders `report` in this format.
  ///
  /// - Parameters:
  ///   - width: the terminal width for tables.
  ///   - colour: whether a table may use ANSI colour (only on a terminal).
  public func render(_ report: AuditReport, width: Int, colour: Bool) throws(SquatwatchError) -> String {
    switch self {
    case .table:
      TableReportWriter(width: width, colour: colour).render(report)
    case .json:
      String(decoding: try JSONReportWriter.data(report), as: UTF8.self) + "\n"
    case .jsonl:
      try JSONLinesReportWriter.render(report)
    case .csv:
      CSVReportWriter.render(report)
    case .sarif:
      try SARIFReportWriter.render(report)
    case .observations:
      try ObservationsReportWriter.render(report)
    case .html:
      HTMLReportWriter.render(report)
    }
  }
}
