import ArgumentParser
import SquatwatchKit

/// Names nobody outside listed owners may register, for `check`, `audit`, `names` and `explain`.
struct WatchOptions: ParsableArguments {
  @Option(
    name: .customLong("watch"),
    help: ArgumentHelp(
      "Names nobody outside the listed owners may register: `NAME  # reason` and `owner USER|EMAIL|@DOMAIN` lines.",
      discussion: "A project under such a name, or one edit from one, is flagged watched-name. Repeat for lists with "
        + "different owners.",
      valueName: "file"))
  var watchFiles: [String] = []

  /// Reads the lists once, so a malformed line stops the run (exit 2) before any crawling.
  func validate() throws {
    guard !watchFiles.isEmpty else { return }
    do {
      _ = try WatchList.load(paths: watchFiles)
    } catch {
      throw ValidationError(error.description)
    }
  }
}
