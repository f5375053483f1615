/// Reads a release version out of a distribution file name, for indexes that list no versions.
enum FilenameVersion {
  private static let extensions = [".tar.gz", ".tar.bz2", ".tar.xz", ".tgz", ".zip", ".tar", ".egg"]

  /// The version in a wheel (`{dist}-{version}-…whl`) or sdist (`{name}-{version}.tar.gz`) name.
  static func version(of filename: String, project: String) -> String? {
    if filename.lowercased().hasSuffix(".whl") {
      let parts = filename.dropLast(4).split(separator: "-")
      return parts.count >= 5 ? String(parts[1]) : nil
    }
    guard let ext = extensions.first(where: { filename.lowercased().hasSuffix($0) }) else { return nil }
    let stem = filename.dropLast(ext.count)
    // The name part may use any separators; match it by its normalized form.
    var index = stem.startIndex
    while let dash = stem[index...].firstIndex(of: "-") {
      if ProjectName.normalize(stem[..<dash]) == project {
        let version = stem[stem.index(after: dash)...]
        return version.isEmpty ? nil : String(version)
      }
      index = stem.index(after: dash)
    }
    guard let dash = stem.lastIndex(of: "-") else { return nil }
    let version = stem[stem.index(after: dash)...]
    return version.isEmpty ? nil : String(version)
  }
}
