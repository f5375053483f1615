import Foundation

/// Applies the allowlist and baseline, writes the rendered report to a file (atomically) or to stdout, and
/// decides the exit status.
public struct ReportDelivery: Sendable {
  /// When findings make the exit status non-zero.
  public enum FailOn: String, CaseIterable, Sendable {
    /// Exit 1 when there is any suspect after the allowlist, new or not.
    case any
    /// Exit 1 only when a suspect is new or its score rose since the `--baseline` (without one: any suspect).
    case new
    /// Always exit 0 when the run itself worked.
    case never
  }

  public var format: ReportFormat
  /// The file to write, or nil for stdout.
  public var output: String?
  public var failOn: FailOn
  /// Reviewed projects and owners to leave out (and count).
  public var allowlistPath: String?
  /// A previous JSON report: list only what is new or rose since.
  public var baselinePath: String?
  /// Replace the baseline with this run's full JSON report once the report is written (created if missing).
  public var updateBaseline: Bool

  public init(
    format: ReportFormat, output: String?, failOn: FailOn, allowlistPath: String? = nil, baselinePath: String? = nil,
    updateBaseline: Bool = false
  ) {
    self.format = format
    self.output = output
    self.failOn = failOn
    self.allowlistPath = allowlistPath
    self.baselinePath = baselinePath
    self.updateBaseline = updateBaseline
  }

  /// Reads the allowlist and baseline, so a bad file stops the run before any crawling.
  public func loadInputs() throws(SquatwatchError) -> (allowlist: Allowlist?, baseline: ReportBaseline?) {
    let allowlist = try allowlistPath.map { path throws(SquatwatchError) in try Allowlist.load(path: path) }
    let baseline = try baselinePath.map { path throws(SquatwatchError) in
      try ReportBaseline.load(path: path, allowMissing: updateBaseline)
    }
    return (allowlist, baseline)
  }

  /// Applies the allowlist and baseline to `report`, renders and writes it, then updates the baseline if asked.
  ///
  /// - Returns: the exit status the report calls for.
  public func deliver(_ report: AuditReport, console: Console) throws(SquatwatchError) -> ExitStatus {
    let inputs = try loadInputs()
    var full = report
    if let allowlist = inputs.allowlist {
      full = allowlist.apply(to: report)
      console.log(.info, "allowlist: \(full.allowlisted.count) suspects left out as reviewed")
    }
    var shown = full
    if let baseline = inputs.baseline {
      shown = try baseline.compare(full)
      if let summary = shown.baseline {
        console.log(
          .info,
          "baseline: \(summary.new) new, \(summary.rose) rose, \(summary.unchanged) unchanged, \(summary.resolved) resolved"
        )
      }
    }
    let toTerminal = output == nil && Terminal.stdoutIsTerminal
    let rendered = format.isBlockList ? full : shown
    let text = try format.render(rendered, width: Terminal.width(), terminal: toTerminal)
    if let output {
      try Self.write(Data(text.utf8), to: output, what: "the report")
      console.log(.info, "wrote \(rendered.suspects.count) suspects to \(output)")
    } else {
      console.output(text)
    }
    if updateBaseline, let baselinePath {
      try Self.write(try JSONReportWriter.data(full), to: baselinePath, what: "the baseline")
      console.log(.debug, "updated the baseline \(baselinePath)")
    }
    let failing =
      switch failOn {
      case .any: !full.suspects.isEmpty
      case .new: !shown.suspects.isEmpty
      case .never: false
      }
    return failing ? .findings : .clean
  }

  private static func write(_ data: Data, to path: String, what: String) throws(SquatwatchError) {
    do {
      try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw SquatwatchError(.usage, "cannot write \(what) to \(path)", cause: ErrorSummary(error))
    }
  }
}
