public import Foundation

/// A download-ranked list of projects (hugovk/top-pypi-packages), as given with `--popular`.
///
/// Accepts the JSON form `{"rows": [{"project", "download_count"}]}` and the CSV form with a
/// `download_count,project` header (either column order). Bad rows are counted and skipped, never fatal.
public struct PopularityList: Sendable {
  /// One listed project.
  public struct Entry: Hashable, Sendable {
    /// The PEP 503 normalized name.
    public var project: String
    public var downloads: Int

    public init(project: String, downloads: Int) {
      self.project = project
      self.downloads = downloads
    }
  }

  /// The projects, most downloaded first, one entry per normalized name.
  public var entries: [Entry]
  /// Rows that were refused: missing fields, invalid names, negative or non-numeric counts.
  public var rejectedRows: Int

  /// Files larger than this are refused rather than read.
  public static let maximumFileBytes = 64 << 20

  public init(entries: [Entry], rejectedRows: Int = 0) {
    var best: [String: Int] = [:]
    for entry in entries { best[entry.project] = max(best[entry.project] ?? 0, entry.downloads) }
    self.entries = best.map { Entry(project: $0.key, downloads: $0.value) }
      .sorted { ($0.downloads, $1.project) > ($1.downloads, $0.project) }
    self.rejectedRows = rejectedRows
  }

  /// Reads a list from a JSON or CSV file.
  public static func load(path: String) throws(SquatwatchError) -> PopularityList {
    let data = try BoundedFile.read(
      path, label: "popularity list \(path)", limit: maximumFileBytes, tooLarge: .tooLarge)
    return try parse(data, source: path)
  }

  /// Parses the bytes of a list; `source` names it in errors.
  public static func parse(_ data: Data, source: String) throws(SquatwatchError) -> PopularityList {
    guard data.count <= maximumFileBytes else {
      throw SquatwatchError(.tooLarge, "popularity list \(source) is larger than \(maximumFileBytes >> 20) MiB")
    }
    let firstByte = data.first {
      !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF)
    }
    if firstByte == UInt8(ascii: "{") {
      return try parseJSON(data, source: source)
    }
    return try parseCSV(String(decoding: data, as: UTF8.self), source: source)
  }

  private static func parseJSON(_ data: Data, source: String) throws(SquatwatchError) -> PopularityList {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: data)
    } catch {
      throw SquatwatchError(.malformed, "popularity list \(source) is not valid JSON", cause: error)
    }
    guard let root = object as? [String: Any], let rows = root["rows"] as? [Any] else {
      throw SquatwatchError(.malformed, "popularity list \(source) has no \"rows\" array")
    }
    var entries: [Entry] = []
    var rejected = 0
    for row in rows {
      guard let fields = row as? [String: Any], let name = fields["project"] as? String,
        let count = (fields["download_count"] as? NSNumber)?.doubleValue, let entry = entry(name, count)
      else {
        rejected += 1
        continue
      }
      entries.append(entry)
    }
    return PopularityList(entries: entries, rejectedRows: rejected)
  }

  private static func parseCSV(_ text: String, source: String) throws(SquatwatchError) -> PopularityList {
    var lines = text.split(whereSeparator: \.isNewline).makeIterator()
    guard let header = lines.next() else {
      throw SquatwatchError(.malformed, "popularity list \(source) is empty")
    }
    let columns = fields(of: header).map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
    guard let projectColumn = columns.firstIndex(of: "project"),
      let countColumn = columns.firstIndex(of: "download_count")
    else {
      throw SquatwatchError(
        .malformed, "popularity list \(source) is neither JSON nor CSV with a download_count,project header")
    }
    var entries: [Entry] = []
    var rejected = 0
    while let line = lines.next() {
      let values = fields(of: line)
      guard values.count > max(projectColumn, countColumn),
        let count = Double(values[countColumn].trimmingCharacters(in: .whitespaces)),
        let entry = entry(values[projectColumn].trimmingCharacters(in: .whitespaces), count)
      else {
        rejected += 1
        continue
      }
      entries.append(entry)
    }
    return PopularityList(entries: entries, rejectedRows: rejected)
  }

  private static func entry(_ name: String, _ count: Double) -> Entry? {
    guard ProjectName.isValid(name), count.isFinite, count >= 0, count < 1e15 else { return nil }
    return Entry(project: ProjectName.normalize(name), downloads: Int(count))
  }

  /// The comma-separated fields of one CSV line, with double-quoted fields unquoted.
  private static func fields(of line: Substring) -> [String] {
    var result: [String] = []
    var current = ""
    var quoted = false
    var iterator = line.makeIterator()
    while let character = iterator.next() {
      switch character {
      case "\"" where quoted:
        quoted = false
      case "\"" where current.isEmpty:
        quoted = true
      case "," where !quoted:
        result.append(current)
        current = ""
      default:
        current.append(character)
      }
    }
    result.append(current)
    return result
  }
}
