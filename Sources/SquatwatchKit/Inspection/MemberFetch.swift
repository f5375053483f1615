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

  /// Fetches the spans of `entries` that are missing, joining near ones; of `prefixes` only the local header and
  /// the first `prefixBytes` compressed bytes are wanted for now.
  func prefetch(_ entries: [ZipEntry], prefixes: [ZipEntry] = [], prefixBytes: Int = 0) throws(SquatwatchError) {
    let whole = entries.map { ZipMemberReader.prefetchRange(of: $0, directoryStart: directoryStart) }
    let starts = prefixes.map {
      ZipMemberReader.prefixRange(of: $0, compressedBytes: prefixBytes, directoryStart: directoryStart)
    }
    try fetcher.prefetch(whole + starts, gap: limits.coalesceGap)
  }

  /// The uncompressed member, at most `limit` bytes.
  func read(_ entry: ZipEntry, limit: Int) throws(SquatwatchError) -> Data {
    try ZipMemberReader.read(entry, limit: limit, directoryStart: directoryStart, bytes: fetcher.bytes)
  }

  /// The start of the uncompressed member, read `step` compressed bytes at a time (doubling) until `isEnough`
  /// accepts it (see `ZipMemberReader.readPrefix`).
  func readPrefix(
    _ entry: ZipEntry, limit: Int, step: Int, isEnough: (Data) -> Bool
  ) throws(SquatwatchError) -> (data: Data, isWhole: Bool) {
    try ZipMemberReader.readPrefix(
      entry, limit: limit, directoryStart: directoryStart, step: step, bytes: fetcher.bytes, isEnough: isEnough)
  }
}
