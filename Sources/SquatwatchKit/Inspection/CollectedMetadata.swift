import Foundation

/// The packaging files read from one distribution, parsed, and what they say about scripts and names.
struct CollectedMetadata {
  var coreMetadata: CoreMetadata?
  var entryPoints: [String: [EntryPoint]]?
  var topLevel: [String]?
  var record: [RecordEntry]?
  var pyproject: PyProjectScripts?
  var setupCfg: [String: [EntryPoint]]?

  /// Which roles have been read; the first member with a role wins over later duplicates.
  private(set) var roles: Set<MetadataRole> = []

  /// Parses `data` as the file `role` names, unless a member with that role was already taken.
  mutating func take(_ role: MetadataRole, data: Data) throws(SquatwatchError) {
    guard roles.insert(role).inserted else { return }
    let text = String(decoding: data, as: UTF8.self)
    switch role {
    case .coreMetadata: coreMetadata = CoreMetadataParser.parse(text)
    case .entryPoints: entryPoints = EntryPointsParser.parse(text)
    case .topLevel: topLevel = TopLevelNames.fromTopLevelFile(text)
    case .record: record = RecordParser.parse(text)
    case .pyproject: pyproject = try PyProjectScriptsParser.parse(text)
    case .setupCfg: setupCfg = SetupCfgEntryPointsParser.parse(text)
    }
  }

  /// Refuses a distribution without Core Metadata, which every wheel and sdist tool writes.
  func requireCoreMetadata(named file: String) throws(SquatwatchError) {
    guard roles.contains(.coreMetadata) else { throw SquatwatchError(.malformed, "no \(file) in the archive") }
  }

  /// Fills scripts, import names and Core Metadata into `inspection`; `paths` are the member paths
  /// relative to the install or sdist root, the last resort for import names.
  func apply(to inspection: inout DistributionInspection, paths: [String]) {
    inspection.coreMetadata = coreMetadata
    // entry_points.txt is generated from the other sources, so it is preferred when present.
    let groups = entryPoints ?? (pyproject?.groups ?? [:]).merging(setupCfg ?? [:]) { $0 + $1 }
    inspection.consoleScripts = groups["console_scripts"] ?? []
    inspection.guiScripts = groups["gui_scripts"] ?? []
    if let topLevel, !topLevel.isEmpty {
      inspection.topLevelNames = topLevel
    } else if let record {
      inspection.topLevelNames = TopLevelNames.fromPaths(record.map(\.path))
    } else {
      inspection.topLevelNames = TopLevelNames.fromPaths(paths)
    }
  }
}
