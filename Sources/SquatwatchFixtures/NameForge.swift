import SquatwatchKit

/// Invents plausible, unique project names for ordinary populations, keeping them clear of every popular name
/// (no accidental near misses spoil the ground truth).
struct NameForge {
  private static let words = [
    "amber", "anchor", "arrow", "atlas", "badger", "beacon", "birch", "blaze", "bramble", "breeze", "brook", "cactus",
    "canyon", "cedar", "cinder", "clover", "cobalt", "comet", "coral", "cosmos", "crane", "crystal", "dune", "ember",
    "falcon", "fern", "fjord", "flint", "forge", "garnet", "glacier", "granite", "harbor", "hazel", "heron", "indigo",
    "iris", "ivory", "jade", "juniper", "kestrel", "lagoon", "lantern", "larch", "lotus", "lumen", "maple", "marble",
    "meadow", "merlin", "mesa", "nebula", "nectar", "nimbus", "oasis", "onyx", "orchid", "otter", "pebble", "pelican",
    "pepper", "pine", "plume", "prism", "quartz", "quill", "raven", "reef", "ridge", "river", "saffron", "sage",
    "sequoia", "shale", "sierra", "slate", "sparrow", "spruce", "summit", "tundra", "thistle", "timber", "topaz",
    "tulip", "umber", "valley", "velvet", "willow", "wren", "yarrow", "zephyr", "zinc",
  ]
  private static let topics = [
    "cache", "config", "parser", "logger", "metrics", "queue", "schema", "router", "sync", "render", "crawler", "shell",
    "auth", "store", "graph", "stream", "mail", "table", "vector", "notes", "tasks", "bench", "lint", "docs", "geo",
    "audio", "pixels", "fonts", "units", "dates", "csv", "ini", "toml", "ledger", "forms", "maps", "rpc", "ws",
  ]
  private static let syllables = [
    "ka", "lo", "mi", "ne", "ru", "ta", "vi", "zo", "ba", "de", "fi", "go", "ha", "ji", "ku", "le", "mo", "na", "pi",
    "qu", "re", "si", "to", "ve", "wa", "xe", "yo", "zu", "bri", "cla", "dro", "fle", "gra", "plo", "sna", "tri",
  ]

  private var taken: Set<String>
  private var nearPopular: Set<String>

  /// `popularNames` are guarded against: a candidate within one edit (or one adjacent swap) of any is refused.
  init(popularNames: [String], reserved: Set<String>) {
    taken = reserved
    var near = Set<String>()
    for name in popularNames.map({ ProjectName.normalize($0) }) {
      near.insert(name)
      near.formUnion(Self.deletions(of: name))
    }
    nearPopular = near
  }

  /// Claims a newly invented popular name and guards its one-edit neighbourhood like the others'.
  mutating func claimPopular(_ name: String) -> Bool {
    guard isClearOfPopular(name), claim(name) else { return false }
    let normalized = ProjectName.normalize(name)
    nearPopular.insert(normalized)
    nearPopular.formUnion(Self.deletions(of: normalized))
    return true
  }

  /// Marks `name` as used; false if it (normalized) already was.
  mutating func claim(_ name: String) -> Bool {
    taken.insert(ProjectName.normalize(name)).inserted
  }

  /// Whether `name` is free and not within one edit of a popular name.
  func isClearOfPopular(_ name: String) -> Bool {
    let normalized = ProjectName.normalize(name)
    if taken.contains(normalized) || nearPopular.contains(normalized) { return false }
    return !Self.deletions(of: normalized).contains { nearPopular.contains($0) }
  }

  /// A fresh ordinary name, unique and clear of popular names.
  mutating func ordinaryName(using random: inout SeededGenerator) -> String {
    while true {
      let word = Self.words.randomElement(using: &random) ?? "amber"
      let topic = Self.topics.randomElement(using: &random) ?? "cache"
      let coined = (0..<Int.random(in: 2...3, using: &random)).map { _ in
        Self.syllables.randomElement(using: &random) ?? "ka"
      }.joined()
      let candidate: String
      switch Int.random(in: 0..<7, using: &random) {
      case 0: candidate = "\(word)-\(topic)"
      case 1: candidate = "py\(coined)"
      case 2: candidate = "\(coined)-\(topic)"
      case 3: candidate = "\(word)_\(coined)"
      case 4: candidate = "\(coined)\(topic)"
      case 5: candidate = "\(word)-\(topic)-\(coined)"
      default: candidate = "\(coined)-\(word)"
      }
      if isClearOfPopular(candidate), claim(candidate) { return candidate }
    }
  }

  /// A pronounceable invented word, for synthetic popular brands and user names.
  static func coinedWord(using random: inout SeededGenerator, syllableCount: ClosedRange<Int> = 2...4) -> String {
    (0..<Int.random(in: syllableCount, using: &random)).map { _ in syllables.randomElement(using: &random) ?? "ka" }
      .joined()
  }

  /// A random ordinary word.
  static func word(using random: inout SeededGenerator) -> String {
    words.randomElement(using: &random) ?? "amber"
  }

  /// A random topic word.
  static func topic(using random: inout SeededGenerator) -> String {
    topics.randomElement(using: &random) ?? "cache"
  }

  private static func deletions(of name: String) -> [String] {
    let chars = Array(name)
    return chars.indices.map { index in
      var copy = chars
      copy.remove(at: index)
      return String(copy)
    }
  }
}
