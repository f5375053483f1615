import ArgumentParser
import Foundation
import SquatwatchKit

/// The public index a private one is compared with for dependency confusion.
struct UpstreamOptions: ParsableArguments {
  @Option(
    name: .customLong("upstream"),
    help: ArgumentHelp(
      "Compare the private index with this public index for dependency confusion, e.g. https://pypi.org/simple/.",
      discussion: "Its project list is read once (one request, cached with its validators); only the names the "
        + "private index also lists are fetched from it, each page and JSON API document once. The private index's "
        + "credentials never reach it: give the upstream its own as user-info or SQUATWATCH_UPSTREAM_AUTH=user:password "
        + "(~/.netrc is not read for it).",
      valueName: "url"))
  var upstreamURL: String?

  @Option(
    name: .customLong("upstream-mirror-dir"),
    help: ArgumentHelp("A bandersnatch mirror of the upstream on disk, instead of --upstream.", valueName: "dir"))
  var upstreamMirrorDirectory: String?

  func validate() throws {
    if upstreamURL != nil && upstreamMirrorDirectory != nil {
      throw ValidationError("give either --upstream or --upstream-mirror-dir, not both")
    }
  }

  var isGiven: Bool { upstreamURL != nil || upstreamMirrorDirectory != nil }

  /// The upstream's cache inside the private index's, or nil without an upstream.
  func cacheDirectory(privateCache: URL) throws(SquatwatchError) -> URL? {
    guard isGiven else { return nil }
    return try CacheLocation.upstreamDirectory(
      privateCache: privateCache, upstreamURL: upstreamURL, upstreamMirror: upstreamMirrorDirectory)
  }

  /// The crawl of the upstream's collisions with the private index in `privateTarget`, or nil without an upstream.
  ///
  /// - Throws: `usage` when the upstream is the private index itself or cannot be resolved.
  func job(
    privateTarget: RegistryTarget, options: CrawlOptions, timeouts: NetworkTimeouts, lockWait: Double
  ) throws(SquatwatchError) -> UpstreamCrawlJob? {
    guard let directory = try cacheDirectory(privateCache: privateTarget.cacheDirectory) else { return nil }
    let upstream = try RegistryTarget(
      indexURL: upstreamURL, mirrorDirectory: upstreamMirrorDirectory, cacheDirectory: directory.path,
      environment: ProcessInfo.processInfo.environment, timeouts: timeouts, credentialScope: .upstream)
    if upstream.index == privateTarget.index && upstream.name == privateTarget.name {
      throw SquatwatchError(.usage, "--upstream must be another index than the one audited")
    }
    return UpstreamCrawlJob(
      upstream: upstream, privateCacheDirectory: privateTarget.cacheDirectory, options: options, lockWait: lockWait)
  }
}
