/// Edit distances between names, bounded so that far-apart names cost little.
enum EditDistance {
  /// The optimal string alignment distance of `a` and `b` (insertions, deletions, substitutions and swaps of
  /// adjacent characters, each 1), or nil when it exceeds `limit`.
  ///
  /// A swap counts as one edit because that is how a slip of two fingers looks (`reqeusts`); plain Levenshtein
  /// would count it as two.
  static func optimalStringAlignment(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
    guard abs(a.count - b.count) <= limit else { return nil }
    guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        var best = min(previous[j] + 1, current[j - 1] + 1, substitution)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          best = min(best, beforePrevious[j - 2] + 1)
        }
        current[j] = best
        rowMinimum = min(rowMinimum, best)
      }
      if rowMinimum > limit { return nil }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count] <= limit ? previous[b.count] : nil
  }
}
