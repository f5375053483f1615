public import Foundation

/// The one place squatwatch writes to the terminal: the report to stdout, logs and progress to stderr.
///
/// Writes from every thread go through one serial queue, so lines never
/// interleave, and a live progress line is cleared before a log line is printed.
public final class Console: Sendable {
  /// How much goes to stderr.
  public enum Verbosity: Int, Sendable, Comparable {
    /// Errors only.
    case quiet
    /// Warnings, progress and summaries.
    case normal
    /// Everything, including per-project detail.
    case verbose

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// A log level.
  public enum Level: String, Sendable {
    case error, warning, info, debug
  }

  public let verbosity: Verbosity
  /// Whether stderr is a terminal (live progress line) or not (periodic log lines, for cron).
  public let isTerminal: Bool
  private let queue = DispatchQueue(label: "squatwatch.console")
  private let statusShown = LockedFlag()

  public init(verbosity: Verbosity, isTerminal: Bool = isatty(STDERR_FILENO) != 0) {
    self.verbosity = verbosity
    self.isTerminal = isTerminal
  }

  /// Writes a log line to stderr if the verbosity allows its level.
  public func log(_ level: Level, _ message: String) {
    let shown: Bool =
      switch level {
      case .error: true
      case .warning, .info: verbosity >= .normal
      case .debug: verbosity >= .verbose
      }
    guard shown else { return }
    let prefix = level == .info ? "" : "\(level.rawValue): "
    queue.sync {
      clearStatus()
      FileHandle.standardError.write(Data((prefix + message + "\n").utf8))
    }
  }

  /// Replaces the live status line (terminals only; not shown when quiet).
  public func status(_ line: String) {
    guard isTerminal, verbosity >= .normal else { return }
    queue.sync {
      FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
      statusShown.set(true)
    }
  }

  /// Removes the live status line.
  public func endStatus() {
    queue.sync { clearStatus() }
  }

  /// Writes the report to stdout.
  public func output(_ text: String) {
    queue.sync { FileHandle.standardOutput.write(Data(text.utf8)) }
  }

  private func clearStatus() {
    if statusShown.get() {
      FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
      statusShown.set(false)
    }
  }
}
