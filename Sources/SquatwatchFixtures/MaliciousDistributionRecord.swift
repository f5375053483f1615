public import Foundation

/// One line of `malicious-metadata.jsonl`: a real malicious distribution's facts, never its code.
///
/// From pypi_malregistry, read from its archives: the file name, Core Metadata fields, member list with sizes, entry
/// points and import names, and the day the data set added it.
public struct MaliciousDistributionRecord: Sendable, Decodable {
  /// The Core Metadata fields the data set kept.
  public struct Metadata: Sendable, Decodable {
    public var name: String
    public var version: String
    public var summary: String?
    public var author: String?
    public var authorEmail: String?
    public var maintainer: String?
    public var maintainerEmail: String?
    public var homePage: String?
    public var license: String?
    public var requiresDist: [String]?
    /// `"label, url"` strings, as Core Metadata writes `Project-URL`.
    public var projectURLs: [String]?
    /// The start of the long description.
    public var descriptionHead: String?

    enum CodingKeys: String, CodingKey {
      case name, version, summary, author, maintainer, license
      case authorEmail = "author_email"
      case maintainerEmail = "maintainer_email"
      case homePage = "home_page"
      case requiresDist = "requires_dist"
      case projectURLs = "project_urls"
      case descriptionHead = "description_head"
    }
  }

  /// An entry point as the data set lists it.
  public struct EntryPoint: Sendable, Decodable {
    public var group: String
    public var name: String
    public var target: String
  }

  /// When the data set added the distribution (`2023-08-16T01:40:36+08:00`); not the upload time.
  public var addedDate: String
  public var filename: String
  public var members: [RecordedDistribution.Member]
  public var metadata: Metadata?
  public var entryPoints: [EntryPoint]
  public var topLevel: [String]
  /// Why the data set could not read the archive (then there are no members).
  public var error: String?

  enum CodingKeys: String, CodingKey {
    case filename, metadata, error
    case addedDate = "added_date"
    case files
    case entryPoints = "entry_points"
    case topLevel = "top_level"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    addedDate = try container.decode(String.self, forKey: .addedDate)
    filename = try container.decode(String.self, forKey: .filename)
    metadata = try container.decodeIfPresent(Metadata.self, forKey: .metadata)
    entryPoints = try container.decodeIfPresent([EntryPoint].self, forKey: .entryPoints) ?? []
    topLevel = try container.decodeIfPresent([String].self, forKey: .topLevel) ?? []
    error = try container.decodeIfPresent(String.self, forKey: .error)
    // `files` is a list of `[path, size]` pairs.
    var members: [RecordedDistribution.Member] = []
    if var files = try? container.nestedUnkeyedContainer(forKey: .files) {
      while !files.isAtEnd {
        var pair = try files.nestedUnkeyedContainer()
        let path = try pair.decode(String.self)
        let size = try pair.decodeIfPresent(Int.self) ?? 0
        members.append(RecordedDistribution.Member(path: path, size: size))
      }
    }
    self.members = members
  }

  /// Reads JSON lines; a line that does not decode is counted, not fatal.
  public static func read(jsonLines data: Data) -> (records: [MaliciousDistributionRecord], unreadable: Int) {
    let decoder = JSONDecoder()
    var records: [MaliciousDistributionRecord] = []
    var unreadable = 0
    for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
      if let record = try? decoder.decode(MaliciousDistributionRecord.self, from: Data(line)) {
        records.append(record)
      } else {
        unreadable += 1
      }
    }
    return (records, unreadable)
  }

  /// `addedDate` as an instant; nil when it is not `YYYY-MM-DDTHH:MM:SS` with an optional `±HH:MM` or `Z`.
  public var addedTime: UploadTimestamp? {
    let digits = addedDate.split { !$0.isNumber }.compactMap { Int($0) }
    guard digits.count >= 6 else { return nil }
    var time = UploadTimestamp(
      year: digits[0], month: digits[1], day: digits[2],
      secondOfDay: digits[3] * 3_600 + digits[4] * 60 + digits[5])
    if digits.count >= 8, let sign = addedDate.dropFirst(19).first(where: { $0 == "+" || $0 == "-" }) {
      let offset = Int64(digits[6] * 3_600 + digits[7] * 60)
      time = time.adding(seconds: sign == "+" ? -offset : offset)
    }
    return time
  }

  /// The Core Metadata as a spec: the fields the data set kept, the version of this file.
  public func spec() -> DistributionSpec? {
    guard let metadata else { return nil }
    var spec = DistributionSpec(name: metadata.name, version: metadata.version)
    spec.summary = metadata.summary ?? ""
    spec.description = metadata.descriptionHead ?? ""
    spec.author = metadata.author
    spec.authorEmail = metadata.authorEmail
    spec.maintainer = metadata.maintainer
    spec.maintainerEmail = metadata.maintainerEmail
    spec.homePage = metadata.homePage
    spec.license = metadata.license
    spec.requiresDist = metadata.requiresDist ?? []
    spec.projectURLs = (metadata.projectURLs ?? []).map { entry in
      let parts = entry.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      return (label: parts.first ?? "", url: parts.count > 1 ? parts[1] : "")
    }
    spec.topLevel = topLevel
    return spec
  }
}
