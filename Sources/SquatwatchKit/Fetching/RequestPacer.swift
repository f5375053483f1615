import Foundation
import Synchronization

/// Spaces requests across all workers: `--max-rate` and a shared pause after `Retry-After`.
///
/// A 429 tells the whole client to slow down, not one worker, so a pause applies to every worker.
public final class RequestPacer: Sendable {
  private struct State {
    var nextSlot: Double = 0
    var pausedUntil: Double = 0
  }

  private let interval: Double
  private let state = Mutex(State())

  /// Creates a pacer allowing at most `maxRate` requests per second (nil: unlimited).
  public init(maxRate: Double?) {
    interval = maxRate.map { $0 > 0 ? 1 / $0 : 0 } ?? 0
  }

  /// Blocks the calling worker until it may send its next request.
  public func waitForTurn() {
    let now = Self.now()
    let wakeAt = state.withLock { state -> Double in
      let start = max(now, state.pausedUntil, state.nextSlot)
      state.nextSlot = start + interval
      return start
    }
    if wakeAt > now { Thread.sleep(forTimeInterval: wakeAt - now) }
  }

  /// Holds every worker back for `seconds`.
  public func pause(for seconds: Double) {
    let until = Self.now() + seconds
    state.withLock { $0.pausedUntil = max($0.pausedUntil, until) }
  }

  private static func now() -> Double { Date().timeIntervalSinceReferenceDate }
}
