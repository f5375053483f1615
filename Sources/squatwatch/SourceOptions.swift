import ArgumentParser
import Foundation
import SquatwatchKit

/// Which registry to work on and where its cache lives.
struct SourceOptions: ParsableArguments {
  @Option(
    name: .customLong("index-url"),
    help: ArgumentHelp(
      "The simple index to crawl, e.g. https://pypi.org/simple/.",
      discussion: "Credentials may be given as user-info (https://user:token@host/simple/), in ~/.netrc, "
        + "or as SQUATWATCH_INDEX_AUTH=user:password; they are never logged, cached or reported."))
  var indexURL: String?

  @Option(
    name: .customLong("mirror-dir"),
    help: "A bandersnatch mirror on disk (the folder holding web/), read without a server.")
  var mirrorDirectory: String?

  @Option(
    name: .customLong("cache-dir"),
    help: "The cache directory (default: $XDG_CACHE_HOME/squatwatch/<index host>/).")
  var cacheDirectory: String?

  @Option(name: .customLong("lock-wait"), help: "Seconds to wait for another run using the same cache.")
  var lockWait: Double = 0

  /// The registry to crawl, with its transports and cache directory.
  func target(timeouts: NetworkTimeouts) throws(SquatwatchError) -> RegistryTarget {
    try RegistryTarget(
      indexURL: indexURL, mirrorDirectory: mirrorDirectory, cacheDirectory: cacheDirectory,
      environment: ProcessInfo.processInfo.environment, timeouts: timeouts)
  }
}
