/// An approximate PEP 440 ordering, enough to find a project's newest release.
///
/// Compares the numeric release segments; a pre-release or dev marker sorts
/// before the final release of the same numbers.
enum VersionOrder {
  /// Whether `lhs` is an older version than `rhs`.
  static func precedes(_ lhs: String, _ rhs: String) -> Bool {
    let (left, leftFinal) = parse(lhs)
    let (right, rightFinal) = parse(rhs)
    for index in 0..<max(left.count, right.count) {
      let a = index < left.count ? left[index] : 0
      let b = index < right.count ? right[index] : 0
      if a != b { return a < b }
    }
    if leftFinal != rightFinal { return !leftFinal }
    return lhs < rhs
  }

  /// The version pip installs without `--pre` among `versions`: the highest final release, or the highest of all
  /// when none is final.
  static func highest(_ versions: some Sequence<String>) -> String? {
    var best: (version: String, isFinal: Bool)?
    for version in versions {
      let isFinal = parse(version).isFinal
      guard let current = best else {
        best = (version, isFinal)
        continue
      }
      if isFinal != current.isFinal ? isFinal : precedes(current.version, version) { best = (version, isFinal) }
    }
    return best?.version
  }

  private static func parse(_ version: String) -> (release: [Int], isFinal: Bool) {
    var text = Substring(version.lowercased())
    if let bang = text.firstIndex(of: "!") { text = text[text.index(after: bang)...] }
    var release: [Int] = []
    var current = ""
    var rest = Substring("")
    for (offset, character) in text.enumerated() {
      if character.isNumber {
        current.append(character)
      } else if character == "." && !current.isEmpty {
        release.append(Int(current.prefix(9)) ?? 0)
        current = ""
      } else {
        rest = text.dropFirst(offset)
        break
      }
    }
    if !current.isEmpty { release.append(Int(current.prefix(9)) ?? 0) }
    let isFinal = !["a", "b", "c", "rc", "alpha", "beta", "pre", "preview", "dev", ".dev", "-dev"].contains {
      rest.hasPrefix($0)
    }
    return (release, isFinal)
  }
}
