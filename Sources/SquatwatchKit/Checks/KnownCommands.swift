public import Foundation

/// A hand-kept map of well-known projects to their commands and import names, plus core system commands.
///
/// Complements what the inspections of popular projects reveal, for registries where those wheels were not read.
/// Loaded from a file the caller names (squatwatch ships `Resources/known-commands.json`, see `bundled()`).
public struct KnownCommands: Hashable, Sendable {
  /// What one well-known project installs.
  public struct Project: Codable, Hashable, Sendable {
    /// Console and GUI script names.
    public var commands: [String]
    /// Top-level import names.
    public var imports: [String]

    public init(commands: [String] = [], imports: [String] = []) {
      self.commands = commands
      self.imports = imports
    }
  }

  /// Normalized project name to what it installs.
  public var projects: [String: Project]
  /// Commands an operating system or the Python toolchain provides, lowercased (`pip`, `python`, `git`, `sudo`).
  public var systemCommands: Set<String>

  /// Files larger than this are refused.
  public static let maximumFileBytes = 4 << 20

  public init(projects: [String: Project] = [:], systemCommands: Set<String> = []) {
    self.projects = Dictionary(projects.map { (ProjectName.normalize($0.key), $0.value) }) { first, _ in first }
    self.systemCommands = Set(systemCommands.map { $0.lowercased() })
  }

  private struct FileFormat: Decodable {
    var projects: [String: Project]
    var systemCommands: [String]

    enum CodingKeys: String, CodingKey {
      case projects
      case systemCommands = "system_commands"
    }
  }

  /// The hand-kept map shipped inside squatwatch.
  public static func bundled() throws(SquatwatchError) -> KnownCommands {
    guard let url = Bundle.module.url(forResource: "known-commands", withExtension: "json") else {
      throw SquatwatchError(.usage, "the bundled known-commands map is missing; pass --known-commands FILE")
    }
    return try load(path: url.path)
  }

  /// Reads the map from a JSON file `{"projects": {name: {commands, imports}}, "system_commands": [...]}`.
  public static func load(path: String) throws(SquatwatchError) -> KnownCommands {
    let data = try BoundedFile.read(
      path, label: "known-commands file \(path)", limit: maximumFileBytes, tooLarge: .tooLarge)
    return try parse(data, source: path)
  }

  /// Parses the JSON form; `source` names it in errors.
  public static func parse(_ data: Data, source: String) throws(SquatwatchError) -> KnownCommands {
    do {
      let file = try JSONDecoder().decode(FileFormat.self, from: data)
      return KnownCommands(projects: file.projects, systemCommands: Set(file.systemCommands))
    } catch {
      throw SquatwatchError(.malformed, "known-commands file \(source) is not in the expected form", cause: error)
    }
  }
}
