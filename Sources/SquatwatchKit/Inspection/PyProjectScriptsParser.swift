import TOMLKit

/// Reads `[project.scripts]`, `[project.gui-scripts]` and `[project.entry-points.*]` from `pyproject.toml`.
enum PyProjectScriptsParser {
  /// The entry points and build backend of `text`.
  ///
  /// - Throws: `malformed` when the document is not valid TOML.
  static func parse(_ text: String) throws(SquatwatchError) -> PyProjectScripts {
    let document: TOMLTable
    do {
      document = try TOMLTable(string: text)
    } catch {
      throw SquatwatchError(.malformed, "pyproject.toml is not valid TOML: \(error)")
    }
    var result = PyProjectScripts()
    result.buildBackend = document["build-system"]?.table?["build-backend"]?.string
    guard let project = document["project"]?.table else { return result }
    result.groups["console_scripts"] = entryPoints(project["scripts"]?.table)
    result.groups["gui_scripts"] = entryPoints(project["gui-scripts"]?.table)
    if let groups = project["entry-points"]?.table {
      for group in groups.keys {
        result.groups[group, default: []] += entryPoints(groups[group]?.table) ?? []
      }
    }
    return result
  }

  private static func entryPoints(_ table: TOMLTable?) -> [EntryPoint]? {
    guard let table else { return nil }
    return table.keys.sorted().compactMap { key in
      table[key]?.string.map { EntryPoint(name: key, target: $0) }
    }
  }
}
