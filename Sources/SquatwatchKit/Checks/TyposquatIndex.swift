/// Finds the popular names a candidate name could be confused with, by generating the candidate's variants
/// and looking them up, never by comparing it with every popular name.
///
/// One-character edits go through a deletion-neighbourhood index (each popular name and every one-deletion of it),
/// so a candidate costs about its length in hash lookups; two edits go through the same kind of index one deletion
/// deeper, for the names long enough to stay distinctive at that distance. Look-alikes, word order, py/python forms and affixes
/// are generated from the candidate and looked up exactly.
struct TyposquatIndex: Sendable {
  /// One popular name the candidate may imitate, and how.
  struct Match: Hashable, Sendable {
    var target: String
    var transform: NameTransform
  }

  private var exact: [String: Int32] = [:]
  private var deletions: [String: [Int32]] = [:]
  private var ultranormal: [String: [Int32]] = [:]
  private var wordSets: [String: [Int32]] = [:]
  /// Every one- and two-deletion of the names long enough for two-edit matching.
  private var deepDeletions: [String: [Int32]] = [:]
  /// The names whose two-edit neighbours count as typosquats (the rest only name an empty project's target).
  private var twoEditMagnets: Set<Int32> = []
  private var names: [[UInt8]] = []

  /// Names shorter than this are left out of one-character-edit matching: too many real names sit one edit apart.
  static let minimumEditLength = 4
  /// Names with fewer letters (separators not counted) are left out of two-edit matching: two edits from a short
  /// name reach thousands of unrelated names.
  static let minimumTwoEditLength = 6
  /// Two slips in one name are a typosquat only against the most downloaded names this long or longer: few real
  /// names sit two edits from a long name by chance (7 of the 10,000 names ranked after the top 5,000 do from the
  /// top 100's names of 8 letters or more), while squatters aim at exactly those.
  static let minimumTwoEditMagnetLength = 8
  /// The download ranks whose long names draw two-edit typosquats.
  static let twoEditMagnetRank = 100

  /// Add-on words users and LLMs guess for a popular project's command line, SDK or tools (`huggingface-cli`):
  /// the slopsquatting pattern, strong even on names alone.
  static let addOnAffixes: Set<String> = ["cli", "sdk", "api", "tools", "tool", "utils", "util"]

  /// Other affixes that legitimate and squatting names alike add to a base name.
  static let affixes: Set<String> = [
    "lib", "client", "core", "dev", "helper", "helpers", "plugin", "official", "pro", "free", "fast", "new",
    "latest", "v2", "v3", "toolkit", "wrapper", "bin", "app",
  ]

  /// `twoEditMagnets` are the targets whose names two edits away are matched as `.twoEdits`; every target of
  /// `minimumTwoEditLength` letters is found by `twoEditTargets(for:)`.
  init(targets: some Sequence<String>, twoEditMagnets: Set<String> = []) {
    for name in targets.sorted() {
      let index = Int32(names.count)
      let bytes = Array(name.utf8)
      names.append(bytes)
      exact[name] = index
      if bytes.count >= Self.minimumEditLength {
        for position in bytes.indices {
          var deleted = bytes
          deleted.remove(at: position)
          Self.append(index, to: &deletions, key: String(decoding: deleted, as: UTF8.self))
        }
      }
      Self.append(index, to: &ultranormal, key: Self.ultranormalize(bytes))
      if let key = Self.wordSetKey(bytes) { Self.append(index, to: &wordSets, key: key) }
      if Self.letterCount(bytes) >= Self.minimumTwoEditLength {
        for deleted in Self.deletions(of: bytes, depth: 2) where deleted != bytes {
          Self.append(index, to: &deepDeletions, key: String(decoding: deleted, as: UTF8.self))
        }
        if twoEditMagnets.contains(name) { self.twoEditMagnets.insert(index) }
      }
    }
  }

  /// The targets of at least `minimumTwoEditLength` letters exactly two edits (insertions, deletions,
  /// substitutions or adjacent swaps) from `candidate`, in name order.
  func twoEditTargets(for candidate: String) -> [String] {
    twoEditIndices(for: Array(candidate.utf8)).map { String(decoding: names[Int($0)], as: UTF8.self) }
  }

  private func twoEditIndices(for bytes: [UInt8]) -> [Int32] {
    guard exact[String(decoding: bytes, as: UTF8.self)] == nil else { return [] }
    var found: Set<Int32> = []
    for deleted in Self.deletions(of: bytes, depth: 2) {
      let key = String(decoding: deleted, as: UTF8.self)
      found.formUnion(deepDeletions[key] ?? [])
      if deleted != bytes, let index = exact[key], Self.letterCount(names[Int(index)]) >= Self.minimumTwoEditLength {
        found.insert(index)
      }
    }
    return found.filter { EditDistance.optimalStringAlignment(bytes, names[Int($0)], limit: 2) == 2 }.sorted()
  }

  /// Every popular name `candidate` (a normalized project name) may imitate, strongest transform per target.
  func matches(for candidate: String) -> [Match] {
    guard exact[candidate] == nil else { return [] }
    let bytes = Array(candidate.utf8)
    var found: [Int32: NameTransform] = [:]
    func note(_ index: Int32, _ transform: NameTransform) {
      if let existing = found[index], existing.weight >= transform.weight { return }
      found[index] = transform
    }
    func lookUp(_ variant: [UInt8], as transform: NameTransform) {
      if let index = exact[String(decoding: variant, as: UTF8.self)] { note(index, transform) }
    }

    if bytes.count + 1 >= Self.minimumEditLength {
      for index in deletions[candidate] ?? [] {
        if let transform = Self.classify(bytes, names[Int(index)]) { note(index, transform) }
      }
      var deleted: [UInt8] = []
      deleted.reserveCapacity(bytes.count)
      for position in bytes.indices {
        deleted.removeAll(keepingCapacity: true)
        deleted.append(contentsOf: bytes[..<position])
        deleted.append(contentsOf: bytes[(position + 1)...])
        let key = String(decoding: deleted, as: UTF8.self)
        // A doubled letter is a typo even on a short name (`pipp` for `pip`), unlike other one-letter edits.
        let doubled =
          (position > 0 && bytes[position] == bytes[position - 1])
          || (position + 1 < bytes.count && bytes[position] == bytes[position + 1])
        if let index = exact[key], names[Int(index)].count >= Self.minimumEditLength || doubled,
          let transform = Self.classify(bytes, names[Int(index)])
        {
          note(index, transform)
        }
        for index in deletions[key] ?? [] {
          if let transform = Self.classify(bytes, names[Int(index)]) { note(index, transform) }
        }
      }
    }
    for index in ultranormal[Self.ultranormalize(bytes)] ?? [] where names[Int(index)] != bytes {
      let target = names[Int(index)]
      note(index, Self.separatorsOnlyDiffer(bytes, target) ? .separator : .lookAlike)
    }
    for variant in Self.multiCharacterLookAlikes(bytes) { lookUp(variant, as: .lookAlike) }
    if let key = Self.wordSetKey(bytes) {
      for index in wordSets[key] ?? [] where names[Int(index)] != bytes { note(index, .swappedWords) }
    }
    for variant in Self.pythonVariants(bytes) { lookUp(variant, as: .pythonAffix) }
    for variant in Self.affixVariants(bytes) { lookUp(variant.bytes, as: variant.transform) }
    if !twoEditMagnets.isEmpty {
      for index in twoEditIndices(for: bytes) where twoEditMagnets.contains(index) { note(index, .twoEdits) }
    }

    return found.map { Match(target: String(decoding: names[Int($0.key)], as: UTF8.self), transform: $0.value) }
      .sorted { ($0.transform.weight, $1.target) > ($1.transform.weight, $0.target) }
  }

  // MARK: Classification of one-edit pairs

  /// The transform turning `target` into `candidate` when they are one edit (or one adjacent swap) apart.
  static func classify(_ candidate: [UInt8], _ target: [UInt8]) -> NameTransform? {
    let dash = UInt8(ascii: "-")
    if candidate.count == target.count + 1 {
      guard let position = removedPosition(longer: candidate, shorter: target) else { return nil }
      let added = candidate[position]
      if added == dash { return .separator }
      if (position > 0 && candidate[position - 1] == added)
        || (position + 1 < candidate.count && candidate[position + 1] == added)
      {
        return .repeatedCharacter
      }
      if position == candidate.count - 1, isDigit(added) { return .versionSuffix }
      return position == 0 || position == candidate.count - 1 ? .insertedEdgeCharacter : .insertedCharacter
    }
    if candidate.count + 1 == target.count {
      guard let position = removedPosition(longer: target, shorter: candidate) else { return nil }
      if target[position] == dash { return .separator }
      return position == 0 || position == target.count - 1 ? .omittedEdgeCharacter : .omittedCharacter
    }
    guard candidate.count == target.count else { return nil }
    var differences: [Int] = []
    for index in candidate.indices where candidate[index] != target[index] {
      differences.append(index)
      if differences.count > 2 { return nil }
    }
    if differences.count == 1, let index = differences.first {
      let pair = (candidate[index], target[index])
      if lookAlikePairs.contains(Pair(pair.0, pair.1)) { return .lookAlike }
      if isKeyboardNeighbour(pair.0, pair.1) || commonTypoPairs.contains(Pair(pair.0, pair.1)) { return .commonTypo }
      if pair.0 == dash || pair.1 == dash { return nil }
      return .substitution
    }
    if differences.count == 2, differences[1] == differences[0] + 1,
      candidate[differences[0]] == target[differences[1]], candidate[differences[1]] == target[differences[0]]
    {
      return .swappedCharacters
    }
    return nil
  }

  /// The index in `longer` whose removal yields `shorter`, if there is one.
  private static func removedPosition(longer: [UInt8], shorter: [UInt8]) -> Int? {
    var position = 0
    while position < shorter.count, longer[position] == shorter[position] { position += 1 }
    var index = position
    while index < shorter.count {
      if longer[index + 1] != shorter[index] { return nil }
      index += 1
    }
    return position
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

  /// The characters of a normalized name other than its `-` separators.
  static func letterCount(_ bytes: [UInt8]) -> Int { bytes.count(where: { $0 != UInt8(ascii: "-") }) }

  /// `bytes` and every name made from it by deleting up to `depth` characters, without repeats.
  private static func deletions(of bytes: [UInt8], depth: Int) -> Set<[UInt8]> {
    var all: Set<[UInt8]> = [bytes]
    var frontier: Set<[UInt8]> = [bytes]
    for _ in 0..<depth {
      var next: Set<[UInt8]> = []
      for word in frontier where !word.isEmpty {
        for position in word.indices {
          var deleted = word
          deleted.remove(at: position)
          if all.insert(deleted).inserted { next.insert(deleted) }
        }
      }
      frontier = next
    }
    return all
  }

  /// An unordered pair of characters.
  private struct Pair: Hashable {
    var low: UInt8
    var high: UInt8
    init(_ first: UInt8, _ second: UInt8) {
      low = min(first, second)
      high = max(first, second)
    }
    init(_ text: String) {
      let bytes = Array(text.utf8)
      self.init(bytes[0], bytes[1])
    }
  }

  private static let lookAlikePairs: Set<Pair> = Set(
    ["l1", "li", "i1", "o0", "s5", "e3", "b8", "g9", "z2"].map(Pair.init))
  /// Phonetic and habitual slips outside keyboard adjacency (`numpi`, `requestz`), and a vowel for another
  /// (`tenserflow`, GuardDog's own example): these make some legitimate near names too (`djongo`), which
  /// counter-evidence clears in a full audit and `OrdinaryNaming` weakens in short names on names alone.
  private static let commonTypoPairs: Set<Pair> = Set(
    ["iy", "sz", "uv", "ck", "ae", "ou", "eo", "ei", "ao", "io"].map(Pair.init))

  private static let keyboardRows: [[UInt8]] = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"].map {
    Array($0.utf8)
  }

  /// Whether two keys touch on a QWERTY keyboard (same row, or the staggered rows above and below).
  static func isKeyboardNeighbour(_ first: UInt8, _ second: UInt8) -> Bool {
    for (row, keys) in keyboardRows.enumerated() {
      guard let column = keys.firstIndex(of: first) else { continue }
      if (column > 0 && keys[column - 1] == second) || (column + 1 < keys.count && keys[column + 1] == second) {
        return true
      }
      if row > 0 {
        let above = keyboardRows[row - 1]
        for neighbour in [column, column + 1] where neighbour < above.count && above[neighbour] == second {
          return true
        }
      }
      if row + 1 < keyboardRows.count {
        let below = keyboardRows[row + 1]
        for neighbour in [column - 1, column]
        where neighbour >= 0 && neighbour < below.count && below[neighbour] == second {
          return true
        }
      }
      return false
    }
    return false
  }

  // MARK: Generated variants

  /// PyPI's ultranormal form: no separators, `l` and `i` as `1`, `o` as `0`.
  static func ultranormalize(_ bytes: [UInt8]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."): continue
      case UInt8(ascii: "l"), UInt8(ascii: "i"): out.append(UInt8(ascii: "1"))
      case UInt8(ascii: "o"): out.append(UInt8(ascii: "0"))
      default: out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func separatorsOnlyDiffer(_ first: [UInt8], _ second: [UInt8]) -> Bool {
    first.filter { $0 != UInt8(ascii: "-") } == second.filter { $0 != UInt8(ascii: "-") }
  }

  /// The `-` tokens sorted, for names of two to six tokens.
  private static func wordSetKey(_ bytes: [UInt8]) -> String? {
    let tokens = bytes.split(separator: UInt8(ascii: "-"))
    guard (2...6).contains(tokens.count) else { return nil }
    return tokens.map { String(decoding: $0, as: UTF8.self) }.sorted().joined(separator: "-")
  }

  /// The multi-letter homoglyphs of TypoSnyper and typomania; `nn`/`m` and `ii`/`u` rarely fool a reader.
  private static let multiCharacterPairs: [([UInt8], [UInt8])] = [
    ("rn", "m"), ("m", "rn"), ("vv", "w"), ("w", "vv"), ("cl", "d"), ("d", "cl"),
  ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

  /// The candidate with one multi-character look-alike undone (`rn` read as `m`, `vv` as `w`).
  private static func multiCharacterLookAlikes(_ bytes: [UInt8]) -> [[UInt8]] {
    var variants: [[UInt8]] = []
    for (from, to) in multiCharacterPairs where bytes.count >= from.count {
      for start in 0...(bytes.count - from.count) where bytes[start..<(start + from.count)].elementsEqual(from) {
        variants.append(Array(bytes[..<start]) + to + Array(bytes[(start + from.count)...]))
      }
    }
    return variants
  }

  /// The candidate with `py` and `python` swapped, dropped or added as a prefix, suffix or word.
  private static func pythonVariants(_ bytes: [UInt8]) -> [[UInt8]] {
    let python = Array("python".utf8)
    let py = Array("py".utf8)
    let dash = UInt8(ascii: "-")
    var variants: [[UInt8]] = []
    let tokens = bytes.split(separator: dash, omittingEmptySubsequences: false).map(Array.init)
    for (index, token) in tokens.enumerated() where token == python || token == py {
      var replaced = tokens
      replaced[index] = token == python ? py : python
      variants.append(Array(replaced.joined(separator: [dash])))
      if tokens.count > 1 {
        var dropped = tokens
        dropped.remove(at: index)
        variants.append(Array(dropped.joined(separator: [dash])))
        // `python-yaml` for `pyyaml`: the prefix spelled out as a word.
        if index == 0 && token == python {
          variants.append(py + Array(dropped.joined(separator: [dash])))
        }
      }
    }
    for prefix in [python, py]
    where bytes.count >= prefix.count + 3 && bytes.starts(with: prefix)
      && bytes[prefix.count] != dash
    {
      let rest = Array(bytes[prefix.count...])
      variants.append(rest)
      variants.append(rest + [dash] + prefix)
    }
    for suffix in [python, py]
    where bytes.count >= suffix.count + 3 && bytes.reversed().starts(with: suffix.reversed())
      && bytes[bytes.count - suffix.count - 1] != dash
    {
      let rest = Array(bytes[..<(bytes.count - suffix.count)])
      variants.append(rest)
      variants.append(suffix + [dash] + rest)
    }
    if bytes.count >= 3 {
      variants.append(py + bytes)
      variants.append(python + bytes)
      variants.append(python + [dash] + bytes)
      variants.append(py + [dash] + bytes)
      variants.append(bytes + [dash] + python)
      variants.append(bytes + [dash] + py)
    }
    return variants
  }

  /// The candidate with one affix word or a trailing version number removed.
  private static func affixVariants(_ bytes: [UInt8]) -> [(bytes: [UInt8], transform: NameTransform)] {
    let dash = UInt8(ascii: "-")
    var variants: [(bytes: [UInt8], transform: NameTransform)] = []
    let tokens = bytes.split(separator: dash).map(Array.init)
    func affixTransform(_ word: [UInt8]) -> NameTransform? {
      let text = String(decoding: word, as: UTF8.self)
      return addOnAffixes.contains(text) ? .addOnAffix : affixes.contains(text) ? .affix : nil
    }
    if tokens.count >= 2 {
      if let first = tokens.first, let transform = affixTransform(first) {
        variants.append((Array(tokens.dropFirst().joined(separator: [dash])), transform))
      }
      if let last = tokens.last, let transform = affixTransform(last) {
        variants.append((Array(tokens.dropLast().joined(separator: [dash])), transform))
      }
    }
    var end = bytes.count
    while end > 0, isDigit(bytes[end - 1]) { end -= 1 }
    if end < bytes.count, end >= 3 {
      var stem = Array(bytes[..<end])
      if stem.last == dash { stem.removeLast() }
      if stem.count >= 3 { variants.append((stem, .versionSuffix)) }
    }
    return variants
  }

  private static func append(_ index: Int32, to table: inout [String: [Int32]], key: String) {
    if table[key]?.contains(index) == true { return }
    table[key, default: []].append(index)
  }
}
