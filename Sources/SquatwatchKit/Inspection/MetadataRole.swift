/// Which packaging file an archive member is, judged from its path relative to the install or sdist root.
enum MetadataRole: Hashable, Sendable {
  /// METADATA in a wheel, PKG-INFO at the root of an sdist.
  case coreMetadata
  case entryPoints
  case topLevel
  case record
  case pyproject
  case setupCfg

  /// The file names that have a role; any other member is passed over without splitting its path.
  private static let fileNames = [
    "METADATA", "RECORD", "entry_points.txt", "top_level.txt", "PKG-INFO", "pyproject.toml", "setup.cfg",
  ]

  /// The role of `path`, or nil for members the inspection does not need.
  init?(path: String, inSdist: Bool) {
    guard Self.fileNames.contains(where: { path.utf8.reversed().starts(with: $0.utf8.reversed()) }) else { return nil }
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    guard let last = parts.last else { return nil }
    if inSdist && parts.count == 1 {
      switch last {
      case "PKG-INFO": self = .coreMetadata
      case "pyproject.toml": self = .pyproject
      case "setup.cfg": self = .setupCfg
      default: return nil
      }
      return
    }
    // Wheels keep metadata in <name>.dist-info at the root; sdists keep egg-info at the root or under src/.
    let directory = parts.dropLast().last ?? ""
    let inMetadataDirectory =
      inSdist
      ? directory.hasSuffix(".egg-info") && parts.count <= 3 : directory.hasSuffix(".dist-info") && parts.count == 2
    guard inMetadataDirectory else { return nil }
    switch last {
    case "METADATA" where !inSdist: self = .coreMetadata
    case "RECORD" where !inSdist: self = .record
    case "entry_points.txt": self = .entryPoints
    case "top_level.txt": self = .topLevel
    default: return nil
    }
  }
}
