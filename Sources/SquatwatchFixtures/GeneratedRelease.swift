/// One release of a generated project: its version, upload time and which files it has.
public struct GeneratedRelease: Sendable {
  /// One file of the release.
  public enum File: Sendable, Equatable {
    case sdist
    case wheel(WheelTag)
    /// A distribution rebuilt from its recorded member list, with filler content of the recorded sizes.
    case recorded(RecordedDistribution)
    /// A file served as it is, such as a real wheel downloaded from PyPI.
    case prebuilt(BuiltDistribution)
  }

  public var version: String
  public var uploadTime: UploadTimestamp
  public var files: [File]
  /// The yank reason; an empty string yanks without a reason, nil means not yanked.
  public var yankedReason: String?

  public init(version: String, uploadTime: UploadTimestamp, files: [File], yankedReason: String? = nil) {
    self.version = version
    self.uploadTime = uploadTime
    self.files = files
    self.yankedReason = yankedReason
  }
}
