import Dispatch
import Synchronization

/// Order-preserving parallel map over an index range, in chunks, on Dispatch's worker threads.
enum ParallelMap {
  /// `transform(0..<count)` computed in chunks across cores, results in index order.
  static func map<Result: Sendable>(
    count: Int, chunkSize: Int = 2048, _ transform: @Sendable (Int) -> Result
  ) -> [Result] {
    guard count > 0 else { return [] }
    let chunkSize = max(1, chunkSize)
    let chunks = (count + chunkSize - 1) / chunkSize
    let collected = Mutex<[Int: [Result]]>([:])
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      let range = (chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize)
      let local = range.map(transform)
      collected.withLock { $0[chunk] = local }
    }
    return collected.withLock { results in
      var ordered: [Result] = []
      ordered.reserveCapacity(count)
      for chunk in 0..<chunks { ordered.append(contentsOf: results[chunk] ?? []) }
      return ordered
    }
  }
}
