/// Caps that keep one hostile distribution from costing unbounded memory, time or bytes, and the budgets that keep
/// a large wheel's inspection to a few kilobytes.
public struct InspectionLimits: Sendable {
  /// First suffix read of a wheel or zip sdist: the end record and the tail of the central directory, where a
  /// wheel's `.dist-info` records are.
  public var initialSuffix = 4 * 1024
  /// Files up to this size are fetched whole in one request.
  public var wholeFileSize = 24 * 1024
  /// Largest file a server that ignores Range may send before the inspection gives up.
  public var wholeFileLimit = 64 * 1024 * 1024
  /// Central directories up to this size are read whole, so every member of a small wheel is known; larger ones
  /// are read only as far as the inspection needs.
  public var wholeDirectorySize = 8 * 1024
  /// Bytes read at once from the middle of a large central directory.
  public var directoryProbeSize = 512
  /// Probes into one central directory before it is read whole instead.
  public var maxDirectoryProbes = 24
  /// Most central directory entries accepted.
  public var maxZipEntries = 100_000
  /// Largest central directory accepted, in bytes.
  public var maxDirectorySize = 16 * 1024 * 1024
  /// Largest inflated size of one metadata member (METADATA, RECORD, entry_points.txt, ...).
  public var maxMetadataMember = 4 * 1024 * 1024
  /// Compressed bytes of METADATA read at first; its header (all the inspection parses) usually ends within them.
  public var metadataPrefixStep = 1024
  /// Largest inflated size of one Python module read for the code summary.
  public var maxModuleSize = 1024 * 1024
  /// Compressed bytes of modules a zip inspection reads completely when a distribution is small.
  public var fullModuleReadBudget = 24 * 1024
  /// Read every module of a wheel whose whole directory is read, whatever its size: a full read, the reference
  /// the inspection benchmark compares the crawl's inspections with.
  public var readsEveryModule = false
  /// Compressed bytes a large zip may spend on modules beyond what is already fetched.
  public var moduleSampleBudget = 24 * 1024
  /// Bytes of code at which a large distribution's sample may stop: what the checks count as real code
  /// (`CounterEvidence`), so a sample this large gives the same verdict as reading every module.
  public var realCodeBytes = 20_000
  /// Times a large central directory is read further to find modules to sample.
  public var maxDirectoryReadsForModules = 4
  /// Ranges closer than this are fetched in one read.
  public var coalesceGap = 512
  /// Most compressed bytes an sdist stream may deliver.
  public var maxStreamBytes = 64 * 1024 * 1024
  /// Most decompressed bytes an sdist stream may produce.
  public var maxStreamOutput = 256 * 1024 * 1024
  /// Most consecutive pax/GNU meta headers before a tar is treated as a header loop.
  public var maxTarMetaHeaders = 8
  /// Module source bytes an sdist inspection summarizes in total.
  public var maxSdistModuleBytes = 4 * 1024 * 1024

  public init() {}
}
