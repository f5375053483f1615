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
      guard let distance = EditDistance.optimalStringAlignment(target, bytes, limit: limit) else {
        continue
      }
      found.append((distance, candidate))
    }
    return found.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }.prefix(count).map(\.name)
  }
}
