public import Foundation

/// How a report compares with the previous report given as `--baseline`: the report then lists only news.
public struct BaselineSummary: Codable, Hashable, Sendable {
  /// When the baseline report was generated; nil on the first run of `--update-baseline`, when there was none.
  public var generatedAt: Date?
  /// Suspects absent from the baseline.
  public var new: Int
  /// Suspects whose score rose since the baseline.
  public var rose: Int
  /// Suspects already in the baseline at the same or a lower score, left out of this report.
  public var unchanged: Int
  /// Baseline suspects that are no longer suspects.
  public var resolved: Int

  public init(generatedAt: Date?, new: Int, rose: Int, unchanged: Int, resolved: Int) {
    self.generatedAt = generatedAt
    self.new = new
    self.rose = rose
    self.unchanged = unchanged
    self.resolved = resolved
  }

  private enum CodingKeys: String, CodingKey {
    case new, rose, unchanged, resolved
    case generatedAt = "generated_at"
  }
}
