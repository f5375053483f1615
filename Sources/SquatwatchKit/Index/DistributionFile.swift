/// One file of a project as an index lists it (PEP 503/691/700 and the JSON API).
public struct DistributionFile: Codable, Hashable, Sendable {
  /// The file name, for example `pkg-1.0-py3-none-any.whl`.
  public var filename: String
  /// The absolute URL of the file.
  public var url: String
  /// Hash name to lowercase hex, for example `["sha256": "…"]`; may be empty.
  public var hashes: [String: String]
  /// The `Requires-Python` specifier, if given.
  public var requiresPython: String?
  /// Whether the file is yanked (PEP 592).
  public var yanked: Bool
  /// The yank reason, if one was given.
  public var yankedReason: String?
  /// Whether a PEP 658 `.metadata` file is served, and its sha256 if known.
  public var coreMetadata: CoreMetadataAvailability
  /// Size in bytes (PEP 700), if given.
  public var size: Int?
  /// Upload time as ISO 8601 (PEP 700 or the JSON API), if given.
  public var uploadTime: String?
  /// The PEP 740 provenance URL, if given.
  public var provenance: String?
  /// The release version, from the JSON API or parsed from the file name.
  public var version: String?

  public init(
    filename: String, url: String, hashes: [String: String] = [:], requiresPython: String? = nil,
    yanked: Bool = false, yankedReason: String? = nil, coreMetadata: CoreMetadataAvailability = .absent,
    size: Int? = nil, uploadTime: String? = nil, provenance: String? = nil, version: String? = nil
  ) {
    self.filename = filename
    self.url = url
    self.hashes = hashes
    self.requiresPython = requiresPython
    self.yanked = yanked
    self.yankedReason = yankedReason
    self.coreMetadata = coreMetadata
    self.size = size
    self.uploadTime = uploadTime
    self.provenance = provenance
    self.version = version
  }

  /// The kind of distribution, from the file name.
  public var kind: DistributionKind { DistributionKind(filename: filename) }

  /// The sha256 from `hashes`, if the index gave one.
  public var sha256: String? { hashes["sha256"] }
}
