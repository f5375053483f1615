/// What a wheel inspection reads of a large central directory beyond its tail, one question at a time.
///
/// Wheel builders write the `.dist-info` directory last and each top-level package's files together; both facts
/// let a few hundred bytes of a directory stand for all of it. Where an archive breaks them, more is read, up to
/// the whole directory.
enum WheelDirectoryReveal {
  /// Reads the tail back until it holds the `.dist-info` group whole: its METADATA, and right before the group a
  /// record of another directory.
  static func distInfo(in view: ZipDirectoryView) throws(SquatwatchError) {
    while !view.isComplete && !holdsDistInfo(view) { try view.extendTail() }
  }

  private static func holdsDistInfo(_ view: ZipDirectoryView) -> Bool {
    let records = view.records
    guard let metadata = records.lastIndex(where: { MetadataRole(path: $0.name, inSdist: false) == .coreMetadata })
    else { return false }
    let group = records[metadata].topLevelName
    var first = metadata
    while first > 0, records[first - 1].topLevelName == group, view.areAdjacent(records[first - 1], records[first]) {
      first -= 1
    }
    return first > 0 && view.areAdjacent(records[first - 1], records[first])
  }

  /// Reads until every top-level name of the archive is known: the head of the directory, then probes between
  /// neighbouring known records of different top-level names until each such pair is adjacent.
  ///
  /// Between two records of the same top-level name only that name is assumed, as every wheel builder groups a
  /// package's files; a name seen again after another importable name breaks the assumption, and the whole
  /// directory is read.
  static func topLevelNames(in view: ZipDirectoryView) throws(SquatwatchError) {
    if !view.hasHead { try view.extendHead() }
    while !view.isComplete {
      let records = view.records
      if isInterleaved(records) { return try view.readAll() }
      let boundary = zip(records, records.dropFirst()).first { first, second in
        first.topLevelName != second.topLevelName && !view.areAdjacent(first, second)
      }
      guard let (first, second) = boundary else { return }
      try view.probe(after: first, before: second)
    }
  }

  /// Whether an importable top-level name appears again after another one.
  private static func isInterleaved(_ records: [ZipEntry]) -> Bool {
    var finished: Set<Substring> = []
    var current: Substring?
    for record in records {
      let name = record.topLevelName
      guard TopLevelNames.isIdentifier(name), name != current else { continue }
      if finished.contains(name) { return true }
      if let current { finished.insert(current) }
      current = name
    }
    return false
  }
}
