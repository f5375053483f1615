/// Fixed-point rendering of scores, independent of the user's locale.
enum DecimalText {
  /// `value` with exactly two decimals, for example `0.87`.
  static func twoPlaces(_ value: Double) -> String {
    let hundredths = Int64((value * 100).rounded())
    let sign = hundredths < 0 ? "-" : ""
    let magnitude = abs(hundredths)
    let fraction = magnitude % 100
    return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
