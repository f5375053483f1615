/// Whitespace trimming without Foundation, for the hot paths of a whole-registry run.
extension StringProtocol {
  /// The text without leading and trailing whitespace and newlines.
  func trimmingWhitespace() -> String {
    guard let start = firstIndex(where: { !$0.isWhitespace }), let end = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[start...end])
  }
}
