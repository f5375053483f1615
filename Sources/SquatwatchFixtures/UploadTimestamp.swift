/// A UTC instant with microsecond precision, formatted the way PyPI's JSON API does, without Foundation formatters.
public struct UploadTimestamp: Sendable, Hashable, Comparable {
  /// Microseconds since 1970-01-01T00:00:00Z.
  public var microseconds: Int64

  public init(microseconds: Int64) {
    self.microseconds = microseconds
  }

  public init(year: Int, month: Int, day: Int, secondOfDay: Int = 0, microsecond: Int = 0) {
    // Days from civil (Howard Hinnant's algorithm).
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    let days = era * 146_097 + dayOfEra - 719_468
    microseconds = (Int64(days) * 86_400 + Int64(secondOfDay)) * 1_000_000 + Int64(microsecond)
  }

  public static func < (lhs: UploadTimestamp, rhs: UploadTimestamp) -> Bool { lhs.microseconds < rhs.microseconds }

  /// This instant plus `seconds`.
  public func adding(seconds: Int64) -> UploadTimestamp {
    UploadTimestamp(microseconds: microseconds + seconds * 1_000_000)
  }

  /// `YYYY-MM-DDTHH:MM:SS.ffffffZ`.
  public var iso8601: String {
    "\(seconds).\(pad(Int(microseconds % 1_000_000), 6))Z"
  }

  /// `YYYY-MM-DDTHH:MM:SS`, the JSON API's `upload_time`.
  public var seconds: String {
    let totalSeconds = Int(microseconds / 1_000_000)
    let days = totalSeconds / 86_400
    let secondOfDay = totalSeconds % 86_400
    // Civil from days (Howard Hinnant's algorithm).
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3600, 2)):"
      + "\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))"
  }

  /// The calendar day, `YYYY-MM-DD`.
  public var day: String { String(seconds.prefix(10)) }

  private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(width - digits.count, 0)) + digits
  }
}
