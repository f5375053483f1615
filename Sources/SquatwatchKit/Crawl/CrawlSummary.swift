import Foundation

/// What a crawl did, printed at its end.
public struct CrawlSummary: Sendable {
  public var registry: String
  public var capabilities: IndexCapabilities
  public var listed: Int
  public var added: Int
  public var removed: Int
  public var counts: CrawlCounters.Snapshot
  public var seconds: Double
  /// Whether this run resumed one a killed crawl left open.
  public var resumed: Bool
  /// Projects that failed or were stale in this run, with the reason (at most a few shown).
  public var failures: [(name: String, state: String, error: String)]
  /// For the upstream of a private index: how many listed projects collide with the private index's names.
  public var collisions: Int?

  /// A few lines for the terminal or a cron mail.
  public var text: String {
    let rate = seconds > 0 ? Double(counts.requests) / seconds : 0
    let listing =
      if let collisions {
        "\(listed) projects listed, \(collisions) of them also on the private index (\(added) new, \(removed) gone)"
      } else {
        "\(listed) projects listed, \(added) new, \(removed) removed"
      }
    var lines = [
      "crawled \(registry)\(resumed ? " (resumed)" : ""): \(listing)",
      "fetched \(counts.fetched), unchanged \(counts.unchanged), failed \(counts.failed), stale \(counts.stale); "
        + "\(counts.requests) requests, \(ByteCount.text(counts.bytes)), "
        + "\(String(format: "%.1f", seconds)) s (\(String(format: "%.0f", rate)) req/s)",
      "index: \(capabilities.simpleFormat == .json ? "PEP 691 JSON" : "PEP 503 HTML") simple API, "
        + "JSON API \(collisions != nil ? "asked per collision" : capabilities.hasJSONAPI ? "yes" : "no"), "
        + "serials \(capabilities.hasSerials ? "yes" : "no")",
    ]
    for failure in failures.prefix(5) {
      lines.append("  \(failure.state): \(failure.name): \(failure.error)")
    }
    if failures.count > 5 {
      lines.append("  … and \(failures.count - 5) more; they are retried on the next run")
    }
    return lines.joined(separator: "\n")
  }
}
