import SquatwatchKit

/// One project of a generated registry: metadata, owners, releases, what its distributions contain, and the
/// ground-truth label the evaluation scores against.
public struct GeneratedProject: Sendable {
  /// Metadata and contents shared by every release; `version` is replaced per release.
  public var spec: DistributionSpec
  public var releases: [GeneratedRelease]
  public var ownership: ProjectOwnership
  public var label: ProjectLabel
  /// The popular project a squat, defensive registration or near-name imitates, when there is one.
  public var target: String?
  /// The project's last serial: the global event counter after its latest upload.
  public var lastSerial = 0

  public init(
    spec: DistributionSpec, releases: [GeneratedRelease], ownership: ProjectOwnership, label: ProjectLabel,
    target: String? = nil
  ) {
    self.spec = spec
    self.releases = releases
    self.ownership = ownership
    self.label = label
    self.target = target
  }

  /// The display name.
  public var name: String { spec.name }

  /// The PEP 503 normalized name.
  public var normalizedName: String { ProjectName.normalize(spec.name) }

  /// The spec for one release.
  public func spec(for release: GeneratedRelease) -> DistributionSpec {
    var spec = spec
    spec.version = release.version
    return spec
  }

  /// Builds one file of a release.
  public func build(_ file: GeneratedRelease.File, of release: GeneratedRelease) -> BuiltDistribution {
    switch file {
    case .sdist: SdistBuilder.build(spec(for: release))
    case .wheel(let tag): WheelBuilder.build(spec(for: release), tag: tag)
    case .recorded(let recorded): RecordedDistributionBuilder.build(recorded)
    case .prebuilt(let built): built
    }
  }
}
