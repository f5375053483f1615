/// How many projects were first uploaded on one day, and how many of those were flagged.
///
/// The registry-wide series behind the burst chart: a campaign shows as a day whose flagged count towers over
/// the days around it.
public struct DailyUploads: Codable, Hashable, Sendable {
  /// The UTC day, `YYYY-MM-DD`.
  public var day: String
  /// Projects whose first upload fell on that day.
  public var projects: Int
  /// Of those, how many are reported as `likely-squat` or `suspicious`.
  public var flagged: Int

  public init(day: String, projects: Int, flagged: Int) {
    self.day = day
    self.projects = projects
    self.flagged = flagged
  }
}
