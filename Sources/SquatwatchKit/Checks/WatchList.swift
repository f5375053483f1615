public import Foundation

/// Names nobody outside their listed owners may register, read from `--watch` files.
///
/// Each file is plain text, one entry per line, `#` starting a comment (the reason, for a name):
///
///     # names LLM assistants hallucinate in install lines
///     huggingface-cli          # Lasso Security, 2024: an empty upload took 30,000 downloads
///     owner  acme-bot          # our PyPI organization account may hold any of them
///     owner  @acme.example     # and so may anyone publishing with an acme.example e-mail
///
/// A name line holds one project name (normalized, PEP 503). An `owner` line allows an account or organization,
/// an author e-mail address, or every address of an `@domain`, for every name of its file; files with different
/// owners are given as separate `--watch` options. A malformed line stops the run, naming the file and line.
///
/// Names are found again by a deletion-neighbourhood index of hashes (each name and each name with one character
/// deleted), so looking up a project costs a few binary searches however long the list is: published lists of
/// hallucinated names hold hundreds of thousands.
public struct WatchList: Sendable {
  /// One watched name.
  struct Entry: Sendable {
    /// The normalized name.
    var name: String
    /// The comment after the name, if any.
    var reason: String?
    /// `file:line`, for the evidence.
    var source: String
    /// Which file's owners may hold it (an index into `ownerSets`).
    var ownersIndex: Int
  }

  /// Who may hold the names of one file.
  struct Owners: Sendable {
    /// Lowercased account and organization names.
    var accounts: Set<String> = []
    /// Lowercased e-mail addresses.
    var emails: Set<String> = []
    /// Lowercased e-mail domains (from `@domain` entries).
    var domains: Set<String> = []
    /// The entries as written, for the evidence.
    var listed: [String] = []
  }

  /// A watch file is written or converted by hand; far beyond a published list's size it is a mistake.
  static let maximumBytes = 64 << 20
  /// Watched names shorter than this match only exactly: short names sit one edit from too many real ones.
  static let minimumFuzzyLength = 5

  private(set) var entries: [Entry] = []
  private(set) var ownerSets: [Owners] = []
  /// Hashes of every name and of every name with one character deleted, sorted, with the entry each came from.
  private var keys: [(hash: UInt64, entry: Int32)] = []

  /// How many names are watched.
  public var count: Int { entries.count }

  /// Reads the watch files at `paths`.
  ///
  /// - Throws: `usage` naming the file and line of the first malformed entry, or a file that cannot be read.
  public static func load(paths: [String]) throws(SquatwatchError) -> WatchList {
    var files: [(text: String, source: String)] = []
    for path in paths {
      let data = try BoundedFile.read(path, label: "the watch list \(path)", limit: maximumBytes, tooLarge: .usage)
      guard let text = String(data: data, encoding: .utf8) else {
        throw SquatwatchError(.usage, "the watch list \(path) is not UTF-8 text")
      }
      files.append((text, path))
    }
    return try WatchList(parsing: files)
  }

  /// Parses watch files' texts; each `source` names its file in errors and evidence.
  public init(parsing files: [(text: String, source: String)]) throws(SquatwatchError) {
    for (text, source) in files {
      var fileOwners = Owners()
      for (offset, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
        let location = "\(source):\(offset + 1)"
        let hash = line.firstIndex(of: "#")
        let words = line[..<(hash ?? line.endIndex)].split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
        let comment = hash.map { line[line.index(after: $0)...].trimmingCharacters(in: .whitespaces) } ?? ""
        switch words.count {
        case 0:
          continue
        case 1:
          let name = String(words[0])
          guard ProjectName.isValid(name) else {
            throw SquatwatchError(.usage, "\(location): \"\(name)\" is not a project name")
          }
          entries.append(
            Entry(
              name: ProjectName.normalize(name), reason: comment.isEmpty ? nil : comment, source: location,
              ownersIndex: ownerSets.count))
        case 2 where words[0] == "owner":
          let owner = words[1].lowercased()
          if owner.hasPrefix("@") && owner.count > 1 {
            fileOwners.domains.insert(String(owner.dropFirst()))
          } else if owner.contains("@") {
            fileOwners.emails.insert(owner)
          } else {
            fileOwners.accounts.insert(owner)
          }
          fileOwners.listed.append(String(words[1]))
        default:
          throw SquatwatchError(.usage, "\(location): expected `NAME  # reason` or `owner USER  # reason`")
        }
      }
      ownerSets.append(fileOwners)
    }
    for (index, entry) in entries.enumerated() {
      let bytes = Array(entry.name.utf8)
      keys.append((Self.hash(bytes, skipping: nil), Int32(index)))
      guard bytes.count >= Self.minimumFuzzyLength else { continue }
      for position in bytes.indices { keys.append((Self.hash(bytes, skipping: position), Int32(index))) }
    }
    keys.sort { $0.hash < $1.hash }
  }

  /// The watched names `name` (normalized) equals or is one edit from, exact matches first.
  func matches(for name: String) -> [(entry: Entry, exact: Bool)] {
    let bytes = Array(name.utf8)
    var candidates = Set<Int32>()
    for skip in [nil] + bytes.indices.map(Optional.some) {
      let hash = Self.hash(bytes, skipping: skip)
      var index = lowerBound(hash)
      while index < keys.count && keys[index].hash == hash {
        candidates.insert(keys[index].entry)
        index += 1
      }
    }
    return candidates.compactMap { candidate -> (entry: Entry, exact: Bool)? in
      let entry = entries[Int(candidate)]
      if entry.name == name { return (entry, true) }
      let watched = Array(entry.name.utf8)
      guard watched.count >= Self.minimumFuzzyLength, Self.isOneEdit(bytes, watched) else { return nil }
      return (entry, false)
    }.sorted { ($0.exact ? 0 : 1, $0.entry.name) < ($1.exact ? 0 : 1, $1.entry.name) }
  }

  /// The owners allowed to hold `entry`.
  func owners(of entry: Entry) -> Owners { ownerSets[entry.ownersIndex] }

  /// Whether `project` belongs to one of the owners allowed to hold `entry`: an owner account or its organization,
  /// or, where the index gives no owners, an author e-mail address or domain.
  func allows(_ project: ProjectFacts, toHold entry: Entry) -> Bool {
    let allowed = ownerSets[entry.ownersIndex]
    if project.owners.contains(where: allowed.accounts.contains) { return true }
    if let organization = project.organization, allowed.accounts.contains(organization) { return true }
    return project.emails.contains { email in
      allowed.emails.contains(email)
        || email.split(separator: "@").last.map { allowed.domains.contains(String($0)) } ?? false
    }
  }

  private func lowerBound(_ hash: UInt64) -> Int {
    var low = 0
    var high = keys.count
    while low < high {
      let middle = (low + high) / 2
      if keys[middle].hash < hash { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// FNV-1a of `bytes`, leaving out the byte at `skipping`.
  static func hash(_ bytes: [UInt8], skipping: Int?) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for (index, byte) in bytes.enumerated() where index != skipping {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return hash
  }

  /// Whether `a` and `b` differ by exactly one inserted, deleted or changed character, or two adjacent ones swapped.
  static func isOneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a != b, abs(a.count - b.count) <= 1 else { return false }
    let prefix = zip(a, b).prefix { $0 == $1 }.count
    let suffix = zip(a.reversed(), b.reversed()).prefix { $0 == $1 }.count
    if a.count != b.count { return prefix + suffix >= max(a.count, b.count) - 1 }
    if prefix + suffix >= a.count - 1 { return true }
    // Two adjacent characters swapped: everything else equal.
    return prefix + suffix == a.count - 2 && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix]
  }
}
