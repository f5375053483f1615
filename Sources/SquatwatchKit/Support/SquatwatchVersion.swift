/// The tool's version and home, sent in the User-Agent and shown by `--version`.
public enum SquatwatchVersion {
  public static let current = "0.1.0"
  public static let projectURL = "https://github.com/squatwatch/squatwatch"
}
