/// The cached names closest in spelling to a name that is not cached, so a mistyped `explain` argument finds
/// its project.
enum NearestNames {
  /// Up to `count` of `names` nearest to `name` by edit distance (ties alphabetically), none further than a third
  /// of the name's length plus two.
  static func nearest(to name: String, among names: some Sequence<String>, count: Int = 5) -> [String] {
    let target = Array(name.utf8)
    let limit = target.count / 3 + 2
    var found: [(distance: Int, name: String)] = []
    for candidate in names {
      let bytes = Array(candidate.utf8)
      guard abs(bytes.count - target.count) <= limit, let distance = distance(target, bytes, limit: limit) else {
        continue
      }
      found.append((distance, candidate))
    }
    return found.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }.prefix(count).map(\.name)
  }

  /// The Levenshtein distance of `a` and `b`, or nil when it exceeds `limit`.
  private static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
    guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        rowMinimum = min(rowMinimum, current[j])
      }
      if rowMinimum > limit { return nil }
      swap(&previous, &current)
    }
    return previous[b.count] <= limit ? previous[b.count] : nil
  }
}
