import Foundation

/// Derives a distribution's top-level import names from top_level.txt, RECORD paths or member names.
enum TopLevelNames {
  private static let skippedNames: Set<String> = ["tests", "test", "__pycache__", "setup", "conftest"]
  private static let moduleSuffixes = [".py", ".pyc", ".so", ".pyd", ".dylib"]

  /// Names listed in a `top_level.txt`, one per line.
  static func fromTopLevelFile(_ text: String) -> [String] {
    unique(
      text.split(whereSeparator: \.isNewline).compactMap { line in
        let name = line.trimmingWhitespace().split(separator: "/").first.map(String.init)
        return name.flatMap { isIdentifier($0) && !skippedNames.contains($0) ? $0 : nil }
      })
  }

  /// Names importable from archive paths relative to the install root (wheel members, RECORD rows).
  static func fromPaths(_ paths: [String]) -> [String] {
    unique(
      paths.compactMap { path in
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard let first = parts.first.map(String.init) else { return nil }
        if first.hasSuffix(".dist-info") || first.hasSuffix(".data") || first.hasSuffix(".egg-info") { return nil }
        let name: String
        if parts.count == 1 {
          guard let suffix = moduleSuffixes.first(where: first.hasSuffix) else { return nil }
          // Extension modules carry an ABI tag: name.cpython-312-x86_64-linux-gnu.so.
          name = String(first.dropLast(suffix.count).split(separator: ".").first ?? "")
        } else {
          guard moduleSuffixes.contains(where: path.hasSuffix) else { return nil }
          name = first
        }
        return isIdentifier(name) && !skippedNames.contains(name) ? name : nil
      })
  }

  /// Whether `name` can be imported: a Python identifier.
  static func isIdentifier(_ name: some StringProtocol) -> Bool {
    guard let first = name.first, first == "_" || first.isLetter else { return false }
    return name.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
  }

  private static func unique(_ names: [String]) -> [String] {
    var seen: Set<String> = []
    return names.filter { seen.insert($0).inserted }
  }
}
