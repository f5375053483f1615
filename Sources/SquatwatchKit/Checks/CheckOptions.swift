/// Thresholds and limits of a check run; the defaults are calibrated for pypi.org-sized registries.
public struct CheckOptions: Hashable, Sendable {
  /// A project whose combined score reaches this is a suspect.
  public var suspiciousThreshold: Double = 0.5
  /// A suspect whose combined score reaches this is called a likely squat.
  public var likelyThreshold: Double = 0.8
  /// Suspects scoring below this are left out of the report (`--min-score`); defaults to no extra cut.
  public var minimumScore: Double = 0
  /// How many of the most downloaded (or most depended-on) projects count as popular targets.
  public var popularTargetCount: Int = 5000
  /// Reverse dependencies a project needs in the crawl before the crawl alone makes it popular.
  public var minimumDependents: Int = 3
  /// Monthly downloads at which a project is popular in its own right and no squat of another.
  public var independentDownloads: Int = 10_000
  /// A candidate must have at most 1/ratio of its target's downloads to squat it.
  public var popularityRatio: Int = 10
  /// Uploads at most this many days apart belong to the same burst.
  public var burstGapDays: Int = 3
  /// The fewest projects that make a naming cluster.
  public var minimumClusterSize: Int = 5
  /// The longest time span a naming cluster may cover.
  public var maximumClusterSpanDays: Int = 31

  public init() {}
}
