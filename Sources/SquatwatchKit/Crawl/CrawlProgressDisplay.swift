import Foundation

/// Shows a crawl's progress: one live line on a terminal, a plain log line every few seconds otherwise.
final class CrawlProgressDisplay {
  private let console: Console
  private let timer: any DispatchSourceTimer

  init(counters: CrawlCounters, console: Console) {
    self.console = console
    let started = Date()
    timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "squatwatch.progress"))
    let interval = console.isTerminal ? 0.5 : 5.0
    timer.schedule(deadline: .now() + interval, repeating: interval)
    timer.setEventHandler {
      let line = Self.line(counters.snapshot, elapsed: Date().timeIntervalSince(started))
      if console.isTerminal {
        console.status(line)
      } else {
        console.log(.info, line)
      }
    }
    timer.resume()
  }

  func stop() {
    timer.cancel()
    console.endStatus()
  }

  static func line(_ counts: CrawlCounters.Snapshot, elapsed: Double) -> String {
    let rate = elapsed > 0 ? Double(counts.requests) / elapsed : 0
    let projectRate = elapsed > 0 ? Double(counts.done) / elapsed : 0
    var eta = "?"
    if projectRate > 0 && counts.total > counts.done {
      eta = Self.duration(Double(counts.total - counts.done) / projectRate)
    }
    return "crawling: \(counts.done)/\(counts.total) projects, \(String(format: "%.0f", rate)) req/s, "
      + "\(ByteCount.text(counts.bytes)), \(counts.failed) failed, ETA \(eta)"
  }

  private static func duration(_ seconds: Double) -> String {
    let total = Int(seconds.rounded())
    if total < 60 { return "\(total) s" }
    if total < 3600 { return "\(total / 60) min \(total % 60) s" }
    return "\(total / 3600) h \(total % 3600 / 60) min"
  }
}

@available(*, unavailable)
extension CrawlProgressDisplay: Sendable {}
