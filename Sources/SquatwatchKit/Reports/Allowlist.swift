import Foundation

/// Projects and owner accounts an admin has reviewed, each with a reason, removed from reports and counted.
///
/// The file is plain text, one entry per line, and every entry must give its reason after `#`:
///
///     # reviewed 2025-07-01
///     project requests-oauth   # legitimate fork maintained by the requests team
///     owner   psf              # the PSF's own defensive registrations
///
/// Blank lines and lines that hold only a comment are ignored. Project names are normalized (PEP 503);
/// owner names are compared without case. An `owner` entry covers every suspect that account owns or maintains.
public struct Allowlist: Sendable {
  /// One reviewed project or owner.
  public struct Entry: Hashable, Sendable {
    /// `project` or `owner`.
    public var kind: String
    /// The normalized project name, or the lowercased account name.
    public var name: String
    public var reason: String
  }

  /// The file's size cap: an allowlist is written by hand, so anything larger is a mistake.
  static let maximumBytes = 4 << 20

  public private(set) var projects: [String: Entry] = [:]
  public private(set) var owners: [String: Entry] = [:]

  /// Reads the allowlist at `path`.
  ///
  /// - Throws: `usage` naming the file and line of the first malformed entry, or when the file cannot be read.
  public static func load(path: String) throws(SquatwatchError) -> Allowlist {
    let data = try BoundedFile.read(path, label: "the allowlist \(path)", limit: maximumBytes, tooLarge: .usage)
    guard let text = String(data: data, encoding: .utf8) else {
      throw SquatwatchError(.usage, "the allowlist \(path) is not UTF-8 text")
    }
    return try Allowlist(parsing: text, source: path)
  }

  /// Parses allowlist text; `source` names it in errors.
  public init(parsing text: String, source: String) throws(SquatwatchError) {
    for (offset, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
      let whereText = "\(source):\(offset + 1)"
      let hash = line.firstIndex(of: "#")
      let body = line[..<(hash ?? line.endIndex)].split(whereSeparator: { $0 == " " || $0 == "\t" })
      if body.isEmpty { continue }
      let reason = hash.map { String(line[line.index(after: $0)...]).trimmingCharacters(in: .whitespaces) } ?? ""
      guard body.count == 2 else {
        throw SquatwatchError(.usage, "\(whereText): expected `project NAME  # reason` or `owner USER  # reason`")
      }
      guard !reason.isEmpty else {
        throw SquatwatchError(.usage, "\(whereText): every allowlist entry needs a reason after `#`")
      }
      let name = String(body[1])
      switch body[0] {
      case "project":
        guard ProjectName.isValid(name) else {
          throw SquatwatchError(.usage, "\(whereText): \"\(name)\" is not a project name")
        }
        let normalized = ProjectName.normalize(name)
        projects[normalized] = Entry(kind: "project", name: normalized, reason: reason)
      case "owner":
        let lowered = name.lowercased()
        owners[lowered] = Entry(kind: "owner", name: lowered, reason: reason)
      default:
        throw SquatwatchError(.usage, "\(whereText): unknown entry kind \"\(body[0])\"; use `project` or `owner`")
      }
    }
  }

  /// The entry that covers `suspect`: its project entry first, else the first of its owners with one.
  func entry(for suspect: SuspectReport) -> Entry? {
    if let entry = projects[suspect.project] { return entry }
    return suspect.owners.lazy.compactMap { owners[$0] }.first
  }

  /// `report` without the suspects this allowlist covers, which move to `allowlisted` with their reasons; the
  /// uploads-per-day series stops counting them as flagged.
  func apply(to report: AuditReport) -> AuditReport {
    var result = report
    result.suspects = []
    var unflagged: [String: Int] = [:]
    for suspect in report.suspects {
      guard let entry = entry(for: suspect) else {
        result.suspects.append(suspect)
        continue
      }
      result.allowlisted.append(
        AllowlistedSuspect(
          project: suspect.project, score: suspect.score, verdict: suspect.verdict,
          entry: "\(entry.kind) \(entry.name)", reason: entry.reason))
      if suspect.verdict != .defensivePlaceholder, let day = suspect.firstUpload { unflagged[day, default: 0] += 1 }
    }
    if !unflagged.isEmpty {
      result.uploadsPerDay = report.uploadsPerDay.map { entry in
        var entry = entry
        entry.flagged = max(0, entry.flagged - (unflagged[entry.day] ?? 0))
        return entry
      }
    }
    return result
  }
}
