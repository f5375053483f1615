import Foundation

/// Facts about the terminal the report goes to.
public enum Terminal {
  /// Whether stdout is a terminal (colour and fitted tables only then).
  public static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

  /// The terminal's width in columns, or `fallback` when stdout is not a terminal.
  public static func width(fallback: Int = 100) -> Int {
    var size = winsize()
    guard stdoutIsTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 else {
      return fallback
    }
    return Int(size.ws_col)
  }
}
