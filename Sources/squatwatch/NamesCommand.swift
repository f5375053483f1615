import ArgumentParser
import Foundation
import SquatwatchKit

struct NamesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "names",
    abstract: "Check project names alone against a popular list (no index, no cache).",
    discussion: """
      Judges each name as the typosquat and entry-point-hijack checks would judge a project with nothing \
      known but its name, e.g. a requirements list before installing it: \
      squatwatch names --popular top-pypi-packages.csv --names-file requirements.txt
      """)

  @Argument(help: "Project names to check.")
  var names: [String] = []

  @Option(
    name: .customLong("names-file"),
    help: ArgumentHelp(
      "Names to check, one per line (# comments; a requirements file works: specifiers and pip options are ignored).",
      valueName: "file"))
  var namesFile: String?

  @OptionGroup var check: CheckOptionGroup
  @OptionGroup var logging: LoggingOptions

  func validate() throws {
    if check.popularity.popularFile == nil {
      throw ValidationError("names needs --popular FILE, the list of popular projects")
    }
    if names.isEmpty && namesFile == nil { throw ValidationError("give names to check, or --names-file FILE") }
  }

  func run() throws {
    let console = logging.console
    var status = ExitStatus.clean
    try CommandFailure.reporting(to: console) { () throws(SquatwatchError) in
      var all = names
      if let namesFile { all += try NameOnlyAudit.names(fromFile: namesFile) }
      let audit = NameOnlyAudit(
        popularFile: check.popularity.popularFile ?? "", knownCommandsFile: check.popularity.knownCommandsFile,
        options: check.options, watchFiles: check.watch.watchFiles)
      status = try check.delivery.deliver(try audit.run(names: all, console: console), console: console)
    }
    if status != .clean { throw ExitCode(status.rawValue) }
  }
}
