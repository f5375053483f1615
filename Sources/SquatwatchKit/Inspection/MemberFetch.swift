import Foundation

/// Reads zip members through a `RangedFetcher`, prefetching their spans in coalesced reads.
struct MemberFetch {
  let fetcher: RangedFetcher
  let directoryStart: Int
  let limits: InspectionLimits

  /// Bytes a member occupies from its local header, as far as the directory tells.
  func span(_ entry: ZipEntry) -> Int {
    ZipMemberReader.prefetchRange(of: entry, directoryStart: directoryStart).count
  }

  /// Whether a member's bytes are already fetched.
  func isFetched(_ entry: ZipEntry) -> Bool {
    fetcher.has(ZipMemberReader.prefetchRange(of: entry, directoryStart: directoryStart))
  }

  /// Fetches the spans of `entries` that are missing, joining near ones.
  func prefetch(_ entries: [ZipEntry]) throws(SquatwatchError) {
    try fetcher.prefetch(
      entries.map { ZipMemberReader.prefetchRange(of: $0, directoryStart: directoryStart) }, gap: limits.coalesceGap)
  }

  /// The uncompressed member, at most `limit` bytes.
  func read(_ entry: ZipEntry, limit: Int) throws(SquatwatchError) -> Data {
    try ZipMemberReader.read(entry, limit: limit, directoryStart: directoryStart, bytes: fetcher.bytes)
  }
}
