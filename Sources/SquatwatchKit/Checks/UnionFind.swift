/// Disjoint sets over 0..<count with path halving, for merging overlapping burst groups into clusters.
struct UnionFind {
  private var parent: [Int32]
  private var joined: [Bool]

  init(count: Int) {
    parent = (0..<count).map { Int32($0) }
    joined = Array(repeating: false, count: count)
  }

  mutating func find(_ element: Int) -> Int {
    var current = element
    while Int(parent[current]) != current {
      parent[current] = parent[Int(parent[current])]
      current = Int(parent[current])
    }
    return current
  }

  mutating func union(_ first: Int, _ second: Int) {
    let rootFirst = find(first)
    let rootSecond = find(second)
    joined[first] = true
    joined[second] = true
    guard rootFirst != rootSecond else { return }
    parent[rootSecond] = Int32(rootFirst)
  }

  /// Whether `element` was ever joined with another.
  func hasUnions(_ element: Int) -> Bool { joined[element] }
}
