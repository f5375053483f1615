import Foundation

/// Inspects a wheel or zip sdist with ranged reads: a small suffix, the central directory, then only
/// the members needed, coalesced into as few reads as possible.
struct ZipInspection {
  let limits: InspectionLimits
  let inSdist: Bool
  /// Core Metadata served separately (PEP 658), which spares reading METADATA.
  let separateCoreMetadata: Data?

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
    let directory = try ZipCentralDirectory(
      fileSize: first.totalSize, initialSearch: first.bytes.count, limits: limits, read: fetcher.bytes)
    let files = directory.entries.filter { !$0.isDirectory }
    inspection.members = files.map { ArchiveMember(name: $0.name, size: $0.uncompressedSize) }
    let root = inSdist ? SdistPaths.commonRoot(files.map(\.name)) : nil
    let relative = files.map { SdistPaths.relative($0.name, root: root) }
    let reader = MemberFetch(fetcher: fetcher, directoryStart: directory.directoryRange.lowerBound, limits: limits)

    var metadata = CollectedMetadata()
    if let separateCoreMetadata { try metadata.take(.coreMetadata, data: separateCoreMetadata) }
    var wanted: [(MetadataRole, ZipEntry)] = []
    for (entry, path) in zip(files, relative) {
      guard let role = MetadataRole(path: path, inSdist: inSdist), !metadata.roles.contains(role) else { continue }
      // RECORD repeats the central directory; it is used only when its bytes are already here.
      if role == .record && !reader.isFetched(entry) { continue }
      wanted.append((role, entry))
    }
    try reader.prefetch(wanted.map(\.1))
    for (role, entry) in wanted {
      try metadata.take(role, data: reader.read(entry, limit: limits.maxMetadataMember))
    }
    metadata.apply(to: &inspection, paths: inSdist ? relative.map(SdistPaths.dropSource) : relative)

    var code = CodeSummaryBuilder()
    code.count(relative)
    let modules = zip(files, relative).filter { CodeSummaryBuilder.isModule($0.1) }.map(\.0)
      .filter { $0.uncompressedSize <= limits.maxModuleSize }
    let moduleError = readModules(modules, reader: reader, code: &code)
    inspection.code = code.build(complete: true)
    if let moduleError { throw moduleError }
    if let (entry, reason) = directory.unsafeEntries.first {
      throw SquatwatchError(
        .malformed,
        "unsafe member name '\(entry.name.prefix(200))' (\(reason)); \(directory.unsafeEntries.count) such member(s)")
    }
    try metadata.requireCoreMetadata(named: inSdist ? "PKG-INFO" : ".dist-info/METADATA")
  }

  /// Reads all modules when they are few and small, otherwise those already fetched plus a bounded sample.
  ///
  /// Returns the first module that could not be read, after reading the others.
  private func readModules(
    _ modules: [ZipEntry], reader: MemberFetch, code: inout CodeSummaryBuilder
  ) -> SquatwatchError? {
    var failure: SquatwatchError?
    func summarize(_ entry: ZipEntry) {
      do {
        // One read for header, name and data together.
        try reader.prefetch([entry])
        code.add(source: try reader.read(entry, limit: limits.maxModuleSize))
      } catch {
        failure = failure ?? error
      }
    }
    let totalSpan = modules.reduce(0) { $0 + reader.span($1) }
    if totalSpan <= limits.fullModuleReadBudget {
      do {
        try reader.prefetch(modules)
      } catch {
        return error
      }
      modules.forEach(summarize)
      return failure
    }
    var unread: [ZipEntry] = []
    for module in modules {
      if reader.isFetched(module) { summarize(module) } else { unread.append(module) }
    }
    // The largest module that fits the budget is the likeliest to show real code.
    var budget = limits.moduleSampleBudget
    unread.sort { reader.span($0) > reader.span($1) }
    while !code.definesAnything, let index = unread.firstIndex(where: { reader.span($0) <= budget }) {
      let module = unread.remove(at: index)
      budget -= reader.span(module)
      summarize(module)
    }
    return failure
  }
}
