import Foundation
import Synchronization

/// The inspections a crawl need not repeat, known without asking the cache about every file.
///
/// The keys of the stored inspections are loaded once before the crawl (one query; a 64-bit hash each, so a
/// million cost a few megabytes), and an inspection made during the run is kept for the other projects that list
/// the same file (a campaign's identical wheels), so a file is read once per crawl. Only a file whose key is known
/// costs a query, for the stored inspection its project's facts are derived from.
final class KnownInspections: Sendable {
  private let stored: Set<Int>
  private let recent = Mutex<[String: DistributionInspection]>([:])
  /// Inspections of this run kept for reuse; beyond this many the oldest batch is dropped.
  private static let recentLimit = 4096

  /// Knows the inspections stored in `store`.
  init(store: CacheStore) throws(SquatwatchError) {
    var keys = Set<Int>()
    try store.forEachInspectionKey { keys.insert($0.hashValue) }
    stored = keys
  }

  /// Knows no stored inspection (a crawl that inspects nothing).
  init() {
    stored = []
  }

  /// The inspection already made of the file with `key`, from this run or the cache.
  func inspection(key: String, store: CacheStore) -> DistributionInspection? {
    if let made = recent.withLock({ $0[key] }) { return made }
    guard stored.contains(key.hashValue) else { return nil }
    return try? store.inspection(sha256: key)
  }

  /// Keeps `inspection` for other projects listing the same file (not one that failed for a network reason).
  func remember(_ inspection: DistributionInspection) {
    guard !inspection.failedForNetworkReason else { return }
    recent.withLock { made in
      if made.count >= Self.recentLimit { made.removeAll(keepingCapacity: true) }
      made[inspection.sha256] = inspection
    }
  }
}
