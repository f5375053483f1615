public import Foundation

/// Writes a rendered report to a file (atomically) or to stdout, and decides the exit status.
public struct ReportDelivery: Sendable {
  /// When findings make the exit status non-zero.
  public enum FailOn: String, CaseIterable, Sendable {
    /// Exit 1 when there is any suspect.
    case any
    /// Always exit 0 when the run itself worked.
    case never
  }

  public var format: ReportFormat
  /// The file to write, or nil for stdout.
  public var output: String?
  public var failOn: FailOn

  public init(format: ReportFormat, output: String?, failOn: FailOn) {
    self.format = format
    self.output = output
    self.failOn = failOn
  }

  /// Renders and writes `report`.
  ///
  /// - Returns: the exit status the report calls for.
  public func deliver(_ report: AuditReport, console: Console) throws(SquatwatchError) -> ExitStatus {
    let toTerminal = output == nil && Terminal.stdoutIsTerminal
    let text = try format.render(report, width: Terminal.width(), colour: toTerminal)
    if let output {
      do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
      } catch {
        throw SquatwatchError(.usage, "cannot write the report to \(output)", cause: ErrorSummary(error))
      }
      console.log(.info, "wrote \(report.suspects.count) suspects to \(output)")
    } else {
      console.output(text)
    }
    return failOn == .any && !report.suspects.isEmpty ? .findings : .clean
  }
}
