import Foundation

/// Inspects a `.tar.gz` sdist by streaming it from byte 0 and stopping once the packaging files are read.
struct SdistStreamInspection {
  let limits: InspectionLimits

  /// Fills `inspection` from the stream behind `source`.
  func run(source: any DistributionByteSource, into inspection: inout DistributionInspection) throws(SquatwatchError) {
    let inflater = try Inflater(format: .gzip, outputLimit: limits.maxStreamOutput)
    let reader = TarStreamReader(limits: limits, maxCollected: max(limits.maxMetadataMember, limits.maxModuleSize))
    var root: String?
    var metadata = CollectedMetadata()
    var code = CodeSummaryBuilder()
    var moduleBytes = 0
    var received = 0
    var eggInfoDirectory: String?
    var passedEggInfo = false
    var stoppedEarly = false

    func wants(_ name: String, _ size: Int) -> Bool {
      if root == nil { root = name.firstIndex(of: "/").map { String(name[...$0]) } ?? "" }
      let path = SdistPaths.relative(name, root: root)
      if let eggInfoDirectory, !path.hasPrefix(eggInfoDirectory) { passedEggInfo = true }
      if let role = MetadataRole(path: path, inSdist: true) {
        if role == .entryPoints || role == .topLevel, eggInfoDirectory == nil {
          eggInfoDirectory = String(path[...(path.lastIndex(of: "/") ?? path.startIndex)])
        }
        return size <= limits.maxMetadataMember && !metadata.roles.contains(role)
      }
      guard CodeSummaryBuilder.isModule(path), size <= limits.maxModuleSize,
        moduleBytes + size <= limits.maxSdistModuleBytes
      else { return false }
      moduleBytes += size
      return true
    }

    /// PKG-INFO plus the egg-info files (or a pyproject.toml that no egg-info follows) are all that is needed.
    func hasEverything() -> Bool {
      guard metadata.roles.contains(.coreMetadata) else { return false }
      let eggInfoRead = metadata.roles.contains(.entryPoints) && metadata.roles.contains(.topLevel)
      if eggInfoDirectory != nil { return eggInfoRead || passedEggInfo }
      guard let backend = metadata.pyproject?.buildBackend else { return false }
      return !backend.hasPrefix("setuptools")
    }

    try source.stream { (chunk: Data) throws(SquatwatchError) -> Bool in
      received += chunk.count
      guard received <= limits.maxStreamBytes else {
        throw SquatwatchError(.tooLarge, "sdist stream exceeds \(limits.maxStreamBytes) bytes")
      }
      try reader.push(try inflater.push(chunk), wants: wants)
      for (name, data) in reader.takeCollected() {
        let path = SdistPaths.relative(name, root: root)
        if let role = MetadataRole(path: path, inSdist: true) {
          metadata.take(role, data: data)
        } else {
          code.add(source: data)
        }
      }
      if hasEverything() && !reader.isAtEnd { stoppedEarly = true }
      return !reader.isAtEnd && !stoppedEarly
    }
    if !stoppedEarly && !reader.isAtEnd {
      guard inflater.isFinished else { throw SquatwatchError(.malformed, "gzip stream is truncated") }
      try reader.finish()
    }
    inspection.members = reader.members
    let paths = reader.members.map { SdistPaths.relative($0.name, root: root) }
    metadata.apply(to: &inspection, paths: paths.map(SdistPaths.dropSource))
    code.count(paths)
    inspection.code = code.build(complete: !stoppedEarly)
    if let (name, reason) = reader.unsafeNames.first {
      throw SquatwatchError(
        .malformed, "unsafe member name '\(name.prefix(200))' (\(reason)); \(reader.unsafeNames.count) such member(s)")
    }
    try metadata.requireReadable(coreMetadataNamed: "PKG-INFO")
  }
}
