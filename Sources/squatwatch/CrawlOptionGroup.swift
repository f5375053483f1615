import ArgumentParser
import SquatwatchKit

/// How to crawl: which projects, how many requests at once, how fast.
struct CrawlOptionGroup: ParsableArguments {
  @Option(
    name: .customLong("projects"), parsing: .upToNextOption,
    help: "Crawl only these projects (default: the whole index).")
  var projects: [String] = []

  @Option(help: "Requests in flight at once (keep it at 10 or below for pypi.org).")
  var concurrency: Int = 8

  @Option(name: .customLong("max-rate"), help: "At most this many requests per second (default: no limit).")
  var maxRate: Double?

  @Flag(
    name: .customLong("inspect"), inversion: .prefixedNo,
    help: "Read the newest release's distributions (entry points, import names, code) with ranged requests.")
  var inspect = true

  @Flag(name: .customLong("all-releases"), help: "Inspect every release's distributions, not only the newest.")
  var allReleases = false

  @Option(name: .customLong("connect-timeout"), help: "Seconds to establish a connection.")
  var connectTimeout: Int = NetworkTimeouts().connect

  @Option(name: .customLong("timeout"), help: "Seconds one request may take in all before it is retried.")
  var totalTimeout: Int = NetworkTimeouts().total

  @Option(
    name: .customLong("stall-timeout"),
    help: "Seconds a transfer may receive nothing before it is abandoned (a server gone silent).")
  var stallTimeout: Int = NetworkTimeouts().stall

  var timeouts: NetworkTimeouts {
    NetworkTimeouts(connect: connectTimeout, total: totalTimeout, stall: stallTimeout)
  }

  func validate() throws {
    guard connectTimeout >= 1, totalTimeout >= 1, stallTimeout >= 1 else {
      throw ValidationError("--connect-timeout, --timeout and --stall-timeout take whole seconds, at least 1")
    }
    guard concurrency >= 1 && concurrency <= 256 else {
      throw ValidationError("--concurrency must be between 1 and 256")
    }
    if let maxRate, maxRate <= 0 { throw ValidationError("--max-rate must be positive") }
  }

  var options: CrawlOptions {
    CrawlOptions(
      projects: projects.isEmpty ? nil : projects, concurrency: concurrency, maxRate: maxRate, inspect: inspect,
      allReleases: allReleases)
  }
}
