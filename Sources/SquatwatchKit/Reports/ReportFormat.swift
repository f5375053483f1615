/// The output formats of `check` and `audit`.
public enum ReportFormat: String, CaseIterable, Sendable {
  /// A ranked table fitted to the terminal.
  case table
  /// The JSON contract automation depends on.
  case json

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
    }
  }
}
