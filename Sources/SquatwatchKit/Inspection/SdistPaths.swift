/// Path handling for sdists, whose members sit under one `<name>-<version>/` root directory.
enum SdistPaths {
  /// The first path component every name shares, if there is one.
  static func commonRoot(_ names: [String]) -> String? {
    guard let first = names.first, let slash = first.firstIndex(of: "/") else { return nil }
    let root = String(first[...slash])
    return names.allSatisfy { $0.hasPrefix(root) } ? root : nil
  }

  /// `name` without the root directory.
  static func relative(_ name: String, root: String?) -> String {
    guard let root, name.hasPrefix(root) else { return name }
    return String(name.dropFirst(root.count))
  }

  /// `path` without a leading `src/`, so a src-layout package reads as importable from the root.
  static func dropSource(_ path: String) -> String {
    path.hasPrefix("src/") ? String(path.dropFirst(4)) : path
  }
}
