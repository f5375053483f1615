import Foundation

/// Inspects a wheel or zip sdist with ranged reads: a small suffix, as much of the central directory as the
/// questions need, then only the members needed, coalesced into as few reads as possible.
///
/// A small wheel is read completely (its whole directory, every module when they are few); a large one is judged
/// from the tail of its directory (the `.dist-info` records), the directory's head and a few probes for its
/// top-level names, the header of its METADATA, and a sample of modules large enough for the checks' code verdict.
struct ZipInspection {
  let limits: InspectionLimits
  let inSdist: Bool
  /// How much of a wheel's METADATA is read (an sdist's PKG-INFO is always read whole).
  let coreMetadataNeed: CoreMetadataNeed

  /// Compressed module bytes a round of sampling fetches when a native extension already counts as real code.
  private static let nativeSampleBytes = 2 * 1024

  /// Fills `inspection` from the archive behind `source`; `knownSize` is the index's size, if any.
  func run(
    source: any DistributionByteSource, knownSize: Int?, into inspection: inout DistributionInspection
  ) throws(SquatwatchError) {
    let wholeFile = knownSize.map { $0 <= limits.wholeFileSize } ?? false
    let first = try source.suffix(
      wholeFile ? limits.wholeFileSize : limits.initialSuffix, wholeFileLimit: limits.wholeFileLimit)
    let fetcher = RangedFetcher(source: source, first: first)
    if first.totalSize <= limits.wholeFileSize {
      try fetcher.prefetch([0..<first.totalSize], gap: 0)
    }
    let end = try ZipEndRecord(
      fileSize: first.totalSize, initialSearch: first.bytes.count, limits: limits, read: fetcher.bytes)
    let view = try ZipDirectoryView(
      end: end, fetcher: fetcher, limits: limits,
      whole: inSdist || end.directoryRange.count <= limits.wholeDirectorySize)
    try WheelDirectoryReveal.distInfo(in: view)
    try ZipCentralDirectory.checkLayout(view.records, directoryStart: view.directoryStart)
    let reader = MemberFetch(fetcher: fetcher, directoryStart: view.directoryStart, limits: limits)

    let metadata = try readMetadata(view.entries.filter { !$0.isDirectory }, reader: reader)
    if !view.isComplete && !metadata.roles.contains(.topLevel) && !metadata.roles.contains(.record) {
      try WheelDirectoryReveal.topLevelNames(in: view)
    }
    var code = CodeSummaryBuilder()
    let moduleError = try readModules(view: view, reader: reader, code: &code)
    try ZipCentralDirectory.checkLayout(view.records, directoryStart: view.directoryStart)

    let files = view.entries.filter { !$0.isDirectory }
    inspection.members = files.map { ArchiveMember(name: $0.name, size: $0.uncompressedSize) }
    let relative = relativePaths(files)
    metadata.apply(to: &inspection, paths: inSdist ? relative.map(SdistPaths.dropSource) : relative)
    code.count(relative)
    inspection.code = code.build(complete: view.isComplete)
    if let moduleError { throw moduleError }
    let unsafeEntries = view.unsafeEntries
    if let (entry, reason) = unsafeEntries.first {
      throw SquatwatchError(
        .malformed,
        "unsafe member name '\(entry.name.prefix(200))' (\(reason)); \(unsafeEntries.count) such member(s)")
    }
    try metadata.requireReadable(coreMetadataNamed: inSdist ? "PKG-INFO" : ".dist-info/METADATA")
  }

  /// Member paths relative to the install root (a wheel) or the sdist's top directory.
  private func relativePaths(_ files: [ZipEntry]) -> [String] {
    let root = inSdist ? SdistPaths.commonRoot(files.map(\.name)) : nil
    return files.map { SdistPaths.relative($0.name, root: root) }
  }

  /// Reads the packaging files among `files`: entry points, top-level names, the header of a wheel's METADATA
  /// (the whole PKG-INFO of an sdist), and RECORD only when its bytes are already here.
  private func readMetadata(_ files: [ZipEntry], reader: MemberFetch) throws(SquatwatchError) -> CollectedMetadata {
    var metadata = CollectedMetadata()
    var wanted: [(MetadataRole, ZipEntry)] = []
    var taken: Set<MetadataRole> = []
    for (entry, path) in zip(files, relativePaths(files)) {
      guard let role = MetadataRole(path: path, inSdist: inSdist), !taken.contains(role) else { continue }
      taken.insert(role)
      wanted.append((role, entry))
    }
    // RECORD repeats the central directory; it is read only for the import names top_level.txt did not give, and
    // only when its bytes are already here.
    wanted.removeAll { role, entry in role == .record && (taken.contains(.topLevel) || !reader.isFetched(entry)) }
    let headerOnly = wanted.filter { $0.0 == .coreMetadata && !inSdist }.map(\.1)
    // For `importNames` the first line (Metadata-Version) may be all that is needed: a smaller first step there.
    let step = coreMetadataNeed == .importNames ? limits.metadataPrefixStep / 4 : limits.metadataPrefixStep
    try reader.prefetch(wanted.map(\.1).filter { !headerOnly.contains($0) }, prefixes: headerOnly, prefixBytes: step)
    for (role, entry) in wanted {
      if headerOnly.contains(entry) {
        let (data, isWhole) = try reader.readPrefix(entry, limit: limits.maxMetadataMember, step: step) {
          CoreMetadataParser.holdsHeader($0, for: coreMetadataNeed)
        }
        // A prefix may end inside a line; only whole lines are parsed.
        let lines = isWhole ? data : data[..<(data.lastIndex(of: 0x0A).map { $0 + 1 } ?? data.startIndex)]
        metadata.take(role, data: Data(lines))
      } else {
        metadata.take(role, data: try reader.read(entry, limit: limits.maxMetadataMember))
      }
    }
    return metadata
  }

  /// Summarizes modules: every one when a complete directory lists few module bytes and no native extension (the
  /// exact answer a placeholder check needs), otherwise a sample that stops once the checks' code verdict is settled: code that
  /// defines something, and either a native extension or `realCodeBytes` of code.
  ///
  /// A large directory is read further when the records known hold no module left to sample. Returns the first
  /// module that could not be read, after reading the others.
  private func readModules(
    view: ZipDirectoryView, reader: MemberFetch, code: inout CodeSummaryBuilder
  ) throws(SquatwatchError) -> SquatwatchError? {
    var failure: SquatwatchError?
    var read: Set<Int> = []
    func summarize(_ modules: [ZipEntry]) {
      do {
        // One read for header, name and data together.
        try reader.prefetch(modules)
      } catch {
        failure = failure ?? error
        return
      }
      for entry in modules {
        read.insert(entry.recordOffset)
        do {
          code.add(source: try reader.read(entry, limit: limits.maxModuleSize))
        } catch {
          failure = failure ?? error
        }
      }
    }
    // The modules and native extensions among the records known, found again only when more are read.
    var known = (records: -1, modules: [ZipEntry](), hasNativeCode: false)
    func refresh() {
      guard known.records != view.records.count else { return }
      let files = view.entries.filter { !$0.isDirectory }
      let paths = relativePaths(files)
      let modules = zip(files, paths).filter { CodeSummaryBuilder.isModule($0.1) }.map(\.0)
      known = (
        view.records.count, modules.filter { $0.uncompressedSize <= limits.maxModuleSize },
        paths.contains(where: CodeSummaryBuilder.isExtension)
      )
    }
    func modules() -> [ZipEntry] {
      refresh()
      return known.modules
    }
    func hasNativeCode() -> Bool {
      refresh()
      return known.hasNativeCode
    }

    // A native extension settles the verdict with any module that defines something.
    let readsEveryModule =
      limits.readsEveryModule
      || (!hasNativeCode() && modules().reduce(0, { $0 + reader.span($1) }) <= limits.fullModuleReadBudget)
    if view.isComplete && readsEveryModule {
      summarize(modules())
      return failure
    }
    var budget = limits.moduleSampleBudget
    var sampledSpan = 0
    var directoryReads = 0
    while !(code.definesAnything && (hasNativeCode() || code.codeBytes >= limits.realCodeBytes)) {
      let unread = modules().filter { !read.contains($0.recordOffset) }
      let fetched = unread.filter(reader.isFetched)
      if !fetched.isEmpty {
        sampledSpan += fetched.reduce(0) { $0 + reader.span($1) }
        summarize(fetched)
        continue
      }
      if unread.isEmpty {
        guard !view.isComplete && directoryReads < limits.maxDirectoryReadsForModules else { break }
        directoryReads += 1
        // A package's own modules come first in its directory; the tail holds the last package's data files.
        try view.extendHead()
        continue
      }
      // The most compressible modules give the most source per byte fetched.
      let ranked = unread.sorted {
        $0.uncompressedSize * max(1, $1.compressedSize) > $1.uncompressedSize * max(1, $0.compressedSize)
      }
      // Fetch in one round what the code still missing needs at the yield seen so far: bytes of code per
      // compressed byte, starting from three (most modules' yield) as if 4 KiB had been read, so a few tiny modules
      // do not swing it. A native extension needs only a module or two that define something.
      let yield = (Double(code.codeBytes) + 3 * 4096) / Double(sampledSpan + 4096)
      let wanted =
        hasNativeCode()
        ? Self.nativeSampleBytes : Int(Double(limits.realCodeBytes - code.codeBytes) / yield * 1.1)
      var batch: [ZipEntry] = []
      var batchSpan = 0
      for module in ranked where batchSpan < wanted {
        let span = reader.span(module)
        // One large module must not take the round (or the budget) when smaller ones can.
        guard batchSpan + span <= min(budget, wanted * 3 / 2) else { continue }
        batch.append(module)
        batchSpan += span
      }
      if batch.isEmpty,
        let smallest = ranked.filter({ reader.span($0) <= budget }).min(by: {
          reader.span($0) < reader.span($1)
        })
      {
        batch = [smallest]
        batchSpan = reader.span(smallest)
      }
      // Nothing left fits the budget.
      guard !batch.isEmpty else { break }
      budget -= batchSpan
      sampledSpan += batchSpan
      summarize(batch)
    }
    return failure
  }
}
