/// Fast parsing of the ISO 8601 upload times indexes give (`2025-06-30T12:34:56.123456Z`).
///
/// A whole-registry run parses millions of these; Foundation's formatters are far too slow for that.
enum UploadTime {
  /// Seconds since 1970-01-01T00:00:00Z, or nil when the text is not a plausible UTC timestamp.
  static func seconds(_ text: String) -> Int64? {
    if let parsed = text.utf8.withContiguousStorageIfAvailable({ seconds(utf8: $0) }) { return parsed }
    return Array(text.utf8.prefix(32)).withUnsafeBufferPointer { seconds(utf8: $0) }
  }

  private static func seconds(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    guard bytes.count >= 10 else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      guard range.upperBound <= bytes.count else { return nil }
      var value = 0
      for index in range {
        let byte = bytes[index]
        guard byte >= 48, byte <= 57 else { return nil }
        value = value * 10 + Int(byte - 48)
      }
      return value
    }
    guard let year = number(0..<4), bytes[4] == UInt8(ascii: "-"), let month = number(5..<7),
      bytes[7] == UInt8(ascii: "-"), let day = number(8..<10), (1...12).contains(month), (1...31).contains(day),
      (1970...9999).contains(year)
    else { return nil }
    var seconds = Int64(daysFromCivil(year: year, month: month, day: day)) * 86_400
    if bytes.count >= 19, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
      let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
      hour < 24, minute < 60, second < 61
    {
      seconds += Int64(hour * 3600 + minute * 60 + second)
    }
    return seconds
  }

  /// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// `YYYY-MM-DD` for days since 1970.
  static func dayText(_ day: Int) -> String { String(text(Int64(day) * 86_400).prefix(10)) }

  /// The ISO 8601 date and time (UTC, seconds precision) for seconds since 1970.
  static func text(_ seconds: Int64) -> String {
    let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    let rest = Int(seconds - Int64(days) * 86_400)
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthPosition = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthPosition + 2) / 5 + 1
    let month = monthPosition < 10 ? monthPosition + 3 : monthPosition - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(year)-\(two(month))-\(two(day))T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
  }
}
