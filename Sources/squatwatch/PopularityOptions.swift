import ArgumentParser

/// What is popular: the download list and the map of popular projects' commands, for `check`, `names`, `explain`.
struct PopularityOptions: ParsableArguments {
  @Option(
    name: .customLong("popular"),
    help: "Download-ranked popular projects, as hugovk/top-pypi-packages JSON or CSV (download_count,project).")
  var popularFile: String?

  @Option(
    name: .customLong("known-commands"),
    help: "A map of popular projects to their commands and import names, replacing the bundled one.")
  var knownCommandsFile: String?
}
