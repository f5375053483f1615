/// Caps that keep one hostile distribution from costing unbounded memory, time or bytes.
public struct InspectionLimits: Sendable {
  /// First suffix read of a wheel or zip sdist; extended only when the directory is not inside it.
  public var initialSuffix = 8 * 1024
  /// Files up to this size are fetched whole in one request.
  public var wholeFileSize = 24 * 1024
  /// Largest file a server that ignores Range may send before the inspection gives up.
  public var wholeFileLimit = 64 * 1024 * 1024
  /// Most central directory entries accepted.
  public var maxZipEntries = 100_000
  /// Largest central directory accepted, in bytes.
  public var maxDirectorySize = 16 * 1024 * 1024
  /// Largest inflated size of one metadata member (METADATA, RECORD, entry_points.txt, ...).
  public var maxMetadataMember = 4 * 1024 * 1024
  /// Largest inflated size of one Python module read for the code summary.
  public var maxModuleSize = 1024 * 1024
  /// Compressed bytes of modules a zip inspection reads completely when a distribution is small.
  public var fullModuleReadBudget = 24 * 1024
  /// Extra compressed bytes a large zip may spend on sampling modules beyond what is already fetched.
  public var moduleSampleBudget = 4 * 1024
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
