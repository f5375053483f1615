/// The output formats of `check` and `audit`.
public enum ReportFormat: String, CaseIterable, Sendable {
  /// A ranked table: fitted to a terminal, written in full and wrapped anywhere else.
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
  /// A `bandersnatch.conf` fragment blocking the flagged projects with the `blocklist_project` plugin.
  case bandersnatch
  /// The flagged projects' normalized names, one per line.
  case names

  /// Whether the format is a block list a mirror or proxy consumes whole, so it always lists every flagged project
  /// (after the allowlist), also when a `--baseline` narrows the other formats to what is new.
  public var isBlockList: Bool { self == .bandersnatch || self == .names }

  /// Renders `report` in this format.
  ///
  /// - Parameters:
  ///   - width: the line width of a table.
  ///   - terminal: whether the text goes to a terminal, where a table is fitted to `width` and coloured; elsewhere
  ///     it is written in full, wrapped at `width`.
  public func render(_ report: AuditReport, width: Int, terminal: Bool) throws(SquatwatchError) -> String {
    switch self {
    case .table:
      TableReportWriter(width: width, terminal: terminal).render(report)
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
    case .bandersnatch:
      BandersnatchReportWriter.render(report)
    case .names:
      NamesReportWriter.render(report)
    }
  }
}
