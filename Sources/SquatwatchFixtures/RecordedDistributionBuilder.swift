import Foundation

/// Builds the archive of a `RecordedDistribution`: its members at their recorded paths, packaging files with their
/// real content (Core Metadata, entry points, import names, a fresh RECORD) and every other member as filler of its
/// recorded size, capped so that a registry of thousands stays small.
public enum RecordedDistributionBuilder {
  /// No member's filler is larger than this.
  public static let memberByteCap = 64 << 10
  /// Once a distribution's filler reaches this, further members get at most `overflowMemberBytes`.
  public static let distributionByteCap = 1 << 20
  static let overflowMemberBytes = 256

  /// Builds the archive the format asks for; wheels also get their METADATA as the PEP 658 `.metadata` file.
  public static func build(_ recorded: RecordedDistribution) -> BuiltDistribution {
    let members = contents(of: recorded)
    let metadata = Data(recorded.coreMetadata.utf8)
    switch recorded.format {
    case .wheel(let tag):
      var writer = ZipArchiveWriter()
      for (path, data) in members { writer.add(path, data) }
      return BuiltDistribution(
        filename: recorded.filename, data: writer.archive(), packageType: .wheel, pythonVersion: tag.python,
        coreMetadata: metadata)
    case .sdistTarGzip:
      var writer = TarArchiveWriter()
      for (path, data) in members { writer.add(path, data) }
      return BuiltDistribution(
        filename: recorded.filename, data: writer.tarGzip(), packageType: .sdist, pythonVersion: "source",
        coreMetadata: nil)
    case .sdistZip:
      var writer = ZipArchiveWriter()
      for (path, data) in members { writer.add(path, data) }
      return BuiltDistribution(
        filename: recorded.filename, data: writer.archive(), packageType: .sdist, pythonVersion: "source",
        coreMetadata: nil)
    }
  }

  /// Every member with its bytes, in recorded order; a wheel's RECORD lists the others with their hashes.
  static func contents(of recorded: RecordedDistribution) -> [(path: String, data: Data)] {
    var budget = distributionByteCap
    var members: [(path: String, data: Data)] = []
    var recordPath: String?
    let hasEntryPointsFile = recorded.members.contains { $0.path.hasSuffix("/entry_points.txt") }
    for member in recorded.members where !member.path.hasSuffix("/") {
      let name = member.path.split(separator: "/").last.map(String.init) ?? member.path
      let inMetadataDirectory = member.path.split(separator: "/").dropLast().last.map {
        $0.hasSuffix(".dist-info") || $0.hasSuffix(".egg-info")
      }
      let data: Data
      switch (name, inMetadataDirectory ?? false) {
      case ("PKG-INFO", _), ("METADATA", true): data = Data(recorded.coreMetadata.utf8)
      case ("entry_points.txt", _): data = Data(recorded.entryPointsText.utf8)
      case ("top_level.txt", _): data = Data(recorded.topLevel.map { "\($0)\n" }.joined().utf8)
      case ("WHEEL", true): data = Data(wheelText(recorded.format).utf8)
      case ("SOURCES.txt", _): data = Data(recorded.members.map { "\($0.path)\n" }.joined().utf8)
      case ("RECORD", true):
        recordPath = member.path
        continue
      case ("pyproject.toml", _) where !hasEntryPointsFile && !recorded.entryPoints.isEmpty:
        data = Data(pyprojectScripts(recorded.entryPoints).utf8)
      default:
        let size = min(member.size, memberByteCap, budget > 0 ? budget : overflowMemberBytes)
        budget -= size
        data = FillerContent.member(path: member.path, size: max(size, 0), seed: seed(of: member.path))
      }
      members.append((member.path, data))
    }
    if let recordPath {
      let lines = members.map { "\($0.path),sha256=\(WheelBuilder.recordHash($0.data)),\($0.data.count)\n" }
      members.append((recordPath, Data((lines.joined() + "\(recordPath),,\n").utf8)))
    }
    return members
  }

  private static func wheelText(_ format: RecordedDistribution.Format) -> String {
    guard case .wheel(let tag) = format else { return "" }
    return "Wheel-Version: 1.0\nGenerator: squatwatch-fixtures\nRoot-Is-Purelib: true\nTag: \(tag.description)\n"
  }

  /// The scripts of a project that declared them in pyproject.toml rather than in a generated entry_points.txt.
  private static func pyprojectScripts(_ entryPoints: [RecordedDistribution.EntryPoint]) -> String {
    "[project.scripts]\n"
      + entryPoints.filter { $0.group == "console_scripts" }.map { "\"\($0.name)\" = \"\($0.target)\"\n" }.joined()
  }

  /// FNV-1a of the path: the same member always gets the same filler.
  private static func seed(of path: String) -> UInt64 {
    path.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
  }
}
