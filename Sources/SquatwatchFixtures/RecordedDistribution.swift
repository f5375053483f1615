/// A distribution known by its recorded facts rather than its bytes: file name, Core Metadata, every member's path
/// and size, console scripts and import names.
///
/// `RecordedDistributionBuilder` turns it into an archive with harmless filler of the recorded sizes, so a registry
/// can hold the shape of real attacks (what they install, how much they carry, where) without any of their code.
public struct RecordedDistribution: Sendable, Equatable {
  /// The archive kind, as the file name says.
  public enum Format: Sendable, Equatable {
    case wheel(WheelTag)
    case sdistTarGzip
    case sdistZip
  }

  /// One archive member: its path inside the archive and its recorded (uncompressed) size.
  public struct Member: Sendable, Equatable {
    public var path: String
    public var size: Int

    public init(path: String, size: Int) {
      self.path = path
      self.size = size
    }
  }

  /// One `name = target` line of `entry_points.txt` under its group (`console_scripts`, `gui_scripts`, ...).
  public struct EntryPoint: Sendable, Equatable {
    public var group: String
    public var name: String
    public var target: String

    public init(group: String, name: String, target: String) {
      self.group = group
      self.name = name
      self.target = target
    }
  }

  public var filename: String
  public var format: Format
  /// The text of PKG-INFO or METADATA.
  public var coreMetadata: String
  public var members: [Member]
  public var entryPoints: [EntryPoint]
  /// Import names for `top_level.txt`.
  public var topLevel: [String]

  public init(
    filename: String, format: Format, coreMetadata: String, members: [Member], entryPoints: [EntryPoint] = [],
    topLevel: [String] = []
  ) {
    self.filename = filename
    self.format = format
    self.coreMetadata = coreMetadata
    self.members = members
    self.entryPoints = entryPoints
    self.topLevel = topLevel
  }

  /// The format a file name announces: a wheel with its tag, a `.tar.gz` or `.zip` sdist; nil for anything else.
  public static func format(ofFilename filename: String) -> Format? {
    if filename.hasSuffix(".tar.gz") { return .sdistTarGzip }
    if filename.hasSuffix(".zip") { return .sdistZip }
    guard filename.hasSuffix(".whl") else { return nil }
    let parts = filename.dropLast(4).split(separator: "-")
    guard parts.count >= 5 else { return nil }
    return .wheel(
      WheelTag(
        python: String(parts[parts.count - 3]), abi: String(parts[parts.count - 2]), platform: String(parts.last ?? ""))
    )
  }

  /// `entry_points.txt`: each group once, in first-seen order.
  public var entryPointsText: String {
    var groups: [String] = []
    for entryPoint in entryPoints where !groups.contains(entryPoint.group) { groups.append(entryPoint.group) }
    return groups.map { group in
      "[\(group)]\n" + entryPoints.filter { $0.group == group }.map { "\($0.name) = \($0.target)\n" }.joined()
    }.joined(separator: "\n")
  }
}
