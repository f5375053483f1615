import Foundation

/// The part of a zip archive's central directory read so far: all of it, or its tail and head plus probes between.
///
/// A wheel's `.dist-info` records sit at the end of its directory, so the tail read with the end record nearly
/// always answers what an inspection asks; the rest of a large directory (django's is 342 KB) is read only for a
/// question the records seen cannot answer. Records read from the middle of a directory are found by their
/// signature and accepted only where they chain record to record; any disagreement between the parts read falls
/// back to reading the whole directory, which is validated as a whole (entry count, bounds, overlaps).
final class ZipDirectoryView {
  let end: ZipEndRecord
  private let fetcher: RangedFetcher
  private let limits: InspectionLimits
  /// Whether every record of the directory is known.
  private(set) var isComplete = false
  /// Every record parsed so far, safe or not, sorted by position and never overlapping.
  private(set) var records: [ZipEntry] = [] {
    didSet { (entries, unsafeEntries) = ZipCentralDirectory.separate(records) }
  }
  /// Records with safe names, in directory order.
  private(set) var entries: [ZipEntry] = []
  /// Records whose names are unsafe as paths, with the reason.
  private(set) var unsafeEntries: [(entry: ZipEntry, reason: String)] = []
  /// Where the contiguous tail of known records starts.
  private var tailStart: Int
  /// Where the contiguous head of known records ends.
  private var headEnd: Int
  /// Probes into the middle of the directory so far.
  private var probes = 0

  var directoryStart: Int { end.directoryRange.lowerBound }

  /// Whether the records at the start of the directory are known.
  var hasHead: Bool { isComplete || headEnd > directoryStart }

  /// Starts from the records in the bytes already fetched; reads the whole directory when `whole` is set or when
  /// it is already fetched.
  init(end: ZipEndRecord, fetcher: RangedFetcher, limits: InspectionLimits, whole: Bool) throws(SquatwatchError) {
    self.end = end
    self.fetcher = fetcher
    self.limits = limits
    tailStart = end.directoryRange.upperBound
    headEnd = end.directoryRange.lowerBound
    let fetched = fetcher.fetchedStart(before: end.directoryRange.upperBound) ?? end.directoryRange.upperBound
    if whole || fetched <= end.directoryRange.lowerBound {
      try readAll()
    } else {
      try readTail(from: fetched)
    }
  }

  /// Reads and validates the whole directory.
  func readAll() throws(SquatwatchError) {
    guard !isComplete else { return }
    let whole = try ZipCentralDirectory(end: end, read: fetcher.bytes)
    records = (whole.entries + whole.unsafeEntries.map(\.entry)).sorted { $0.recordOffset < $1.recordOffset }
    isComplete = true
  }

  /// Reads the tail twice as far back as it reaches now (the whole directory once the head is near).
  func extendTail() throws(SquatwatchError) {
    guard !isComplete else { return }
    let start = tailStart - max(limits.initialSuffix, end.directoryRange.upperBound - tailStart)
    guard start > headEnd + limits.directoryProbeSize else { return try readAll() }
    try readTail(from: start)
  }

  /// Reads the head twice as far as it reaches now (the whole directory once the tail is near).
  func extendHead() throws(SquatwatchError) {
    guard !isComplete else { return }
    let upper = headEnd + max(limits.directoryProbeSize, headEnd - directoryStart)
    guard upper < tailStart - limits.directoryProbeSize else { return try readAll() }
    let bytes = try fetcher.bytes(headEnd..<upper)
    guard let chain = Self.chained(bytes, fileOffset: headEnd), let last = chain.last, add(chain) else {
      return try readAll()
    }
    headEnd = last.recordEnd
  }

  /// Reads between two known records that are not adjacent.
  ///
  /// A small gap is read whole, a larger one probed at its middle; the whole directory is read instead once probes
  /// run out or the records found disagree with the known ones.
  func probe(after first: ZipEntry, before second: ZipEntry) throws(SquatwatchError) {
    guard !isComplete, first.recordEnd < second.recordOffset else { return }
    probes += 1
    guard probes <= limits.maxDirectoryProbes else { return try readAll() }
    let gap = first.recordEnd..<second.recordOffset
    if gap.count <= limits.directoryProbeSize {
      let bytes = try fetcher.bytes(gap)
      guard let chain = Self.chained(bytes, fileOffset: gap.lowerBound), chain.last?.recordEnd == gap.upperBound,
        add(chain)
      else { return try readAll() }
      return
    }
    let start = gap.lowerBound + (gap.count - limits.directoryProbeSize) / 2
    let bytes = try fetcher.bytes(start..<(start + limits.directoryProbeSize))
    guard let chain = Self.resynchronized(bytes, fileOffset: start, reachesEnd: false), add(chain) else {
      return try readAll()
    }
  }

  /// Whether no unread bytes lie between two known records.
  func areAdjacent(_ first: ZipEntry, _ second: ZipEntry) -> Bool { first.recordEnd == second.recordOffset }

  /// Parses from `start` (in general not a record boundary) to the directory's end.
  private func readTail(from start: Int) throws(SquatwatchError) {
    let bytes = try fetcher.bytes(start..<end.directoryRange.upperBound)
    guard let chain = Self.resynchronized(bytes, fileOffset: start, reachesEnd: true), let first = chain.first,
      chain.count <= end.entryCount,
      // The new tail must meet the records already known, or the two reads disagree on the boundaries.
      tailStart == end.directoryRange.upperBound || chain.contains(where: { $0.recordOffset == tailStart }),
      add(chain)
    else { return try readAll() }
    tailStart = first.recordOffset
    if tailStart <= headEnd + limits.directoryProbeSize { try readAll() }
  }

  /// Records chained from the first byte of `bytes` until the bytes end inside one; nil when the chain breaks.
  private static func chained(_ bytes: Data, fileOffset: Int) -> [ZipEntry]? {
    var chain: [ZipEntry] = []
    var position = 0
    while true {
      switch ZipCentralDirectory.record(in: bytes, at: position, fileOffset: fileOffset) {
      case .entry(let entry):
        chain.append(entry)
        position += entry.recordLength
      case .incomplete:
        return chain
      case .invalid:
        return nil
      }
    }
  }

  /// The records of `bytes` from the earliest position where they chain consistently; nil when none chain.
  ///
  /// The chain must end exactly at the end of `bytes` when `reachesEnd`, otherwise it may end inside a record the
  /// bytes cut off.
  /// Every candidate position is parsed once, from the end backwards, so a window full of false signatures costs
  /// linear time.
  static func resynchronized(_ bytes: Data, fileOffset: Int, reachesEnd: Bool) -> [ZipEntry]? {
    var candidates: [Int] = []
    bytes.withUnsafeBytes { raw in
      guard raw.count >= 4 else { return }
      for index in 0...(raw.count - 4)
      where raw[index] == 0x50 && raw[index + 1] == 0x4b && raw[index + 2] == 0x01 && raw[index + 3] == 0x02 {
        candidates.append(index)
      }
    }
    var parsed: [Int: ZipEntry] = [:]
    var chains: [Int: Bool] = [:]
    var earliest: Int?
    for position in candidates.reversed() {
      switch ZipCentralDirectory.record(in: bytes, at: position, fileOffset: fileOffset) {
      case .entry(let entry):
        let next = position + entry.recordLength
        let continues =
          next == bytes.count || chains[next] ?? (!reachesEnd && bytes.count - next < 4)
        chains[position] = continues
        if continues {
          parsed[position] = entry
          earliest = position
        }
      case .incomplete:
        // Cut off by the end of the window, which is fine unless the window ends with the directory.
        chains[position] = !reachesEnd
      case .invalid:
        chains[position] = false
      }
    }
    guard let earliest else { return nil }
    var chain: [ZipEntry] = []
    var position = earliest
    while let entry = parsed[position] {
      chain.append(entry)
      position += entry.recordLength
    }
    return chain
  }

  /// Merges `chain` into the known records; false when a new record overlaps a known one.
  private func add(_ chain: [ZipEntry]) -> Bool {
    var merged = records
    let known = Set(records.map(\.recordOffset))
    merged += chain.filter { !known.contains($0.recordOffset) }
    merged.sort { $0.recordOffset < $1.recordOffset }
    for (first, second) in zip(merged, merged.dropFirst()) where first.recordEnd > second.recordOffset {
      return false
    }
    records = merged
    return true
  }
}
