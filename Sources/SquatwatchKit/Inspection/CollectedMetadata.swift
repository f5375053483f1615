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
  /// Why a packaging file could not be parsed; the rest of the distribution is still read, so that a broken
  /// `pyproject.toml` does not hide what the archive holds.
  private(set) var unparsable: SquatwatchError?

  /// Parses `data` as the file `role` names, unless a member with that role was already taken.
  mutating func take(_ role: MetadataRole, data: Data) {
    guard roles.insert(role).inserted else { return }
    let text = String(decoding: data, as: UTF8.self)
    switch role {
    case .coreMetadata: coreMetadata = CoreMetadataParser.parse(text)
    case .entryPoints: entryPoints = EntryPointsParser.parse(text)
    case .topLevel: topLevel = TopLevelNames.fromTopLevelFile(text)
    case .record: record = RecordParser.parse(text)
    case .pyproject:
      do { pyproject = try PyProjectScriptsParser.parse(text) } catch { unparsable = unparsable ?? error }
    case .setupCfg: setupCfg = SetupCfgEntryPointsParser.parse(text)
    }
  }

  /// Refuses a distribution without Core Metadata, which every wheel and sdist tool writes, then reports a
  /// packaging file that could not be parsed (after the members and code were taken).
  func requireReadable(coreMetadataNamed file: String) throws(SquatwatchError) {
    guard roles.contains(.coreMetadata) else { throw SquatwatchError(.malformed, "no \(file) in the archive") }
    if let unparsable { throw unparsable }
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
