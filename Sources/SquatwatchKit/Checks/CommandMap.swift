/// The commands and import names of popular projects, and the core system commands, keyed for lookup.
///
/// Built from the inspected wheels of popular projects (console and GUI scripts, top-level and `Import-Name`
/// names; for a popular project whose wheels were not read, its own name as a command) plus the hand-kept
/// `KnownCommands` map. A project named after another's command or import name
/// (`huggingface-cli`, `sklearn`, `cv2`) or installing a script of that name takes over what users type.
struct CommandMap: Sendable {
  /// What kind of name a popular project claims.
  enum Kind: String, Sendable {
    case command
    case importName = "import-name"
  }

  /// One popular project's claim on a name.
  struct Claim: Hashable, Sendable {
    /// The normalized name of the popular project.
    var project: String
    /// The name as the project spells it.
    var name: String
    var kind: Kind
  }

  private var byProjectName: [String: [Claim]] = [:]
  private var byScript: [String: [Claim]] = [:]
  /// Lowercased core system commands.
  private(set) var systemCommands: Set<String>

  /// Top-level names that many unrelated wheels ship by accident; they are nobody's import name.
  static let genericImportNames: Set<String> = [
    "test", "tests", "testing", "doc", "docs", "example", "examples", "src", "lib", "scripts", "script", "bin",
    "build", "dist", "util", "utils", "common", "core", "data", "benchmark", "benchmarks", "tools", "sample",
    "samples", "demo", "main", "app", "setup", "conftest", "config", "api", "cli", "tutorials", "notebooks",
  ]

  /// `popular` are the normalized names of popular projects; `facts` gives what their wheels install.
  init(popular: some Sequence<String>, facts: (String) -> ProjectFacts?, known: KnownCommands) {
    systemCommands = known.systemCommands
    // Sorted, so claims on a shared name come in the same order every run (hash order is seeded per process).
    for project in popular.sorted() {
      guard let projectFacts = facts(project), projectFacts.inspectedDistributions > 0 else {
        // What an uninspected popular project installs is unknown; its own name is the command users would type.
        add(Claim(project: project, name: project, kind: .command))
        continue
      }
      for script in projectFacts.scripts { add(Claim(project: project, name: script, kind: .command)) }
      for name in projectFacts.importNames { add(Claim(project: project, name: name, kind: .importName)) }
    }
    for (project, names) in known.projects.sorted(by: { $0.key < $1.key }) {
      for command in names.commands { add(Claim(project: project, name: command, kind: .command)) }
      for name in names.imports { add(Claim(project: project, name: name, kind: .importName)) }
    }
  }

  private mutating func add(_ claim: Claim) {
    let lowered = claim.name.lowercased()
    guard lowered.count >= 2, lowered.count <= 100, !lowered.hasPrefix("_"),
      !Self.genericImportNames.contains(lowered)
    else { return }
    let normalized = ProjectName.normalize(claim.name)
    if normalized != claim.project, ProjectName.isValid(claim.name) {
      Self.insert(claim, into: &byProjectName, key: normalized)
    }
    if claim.kind == .command { Self.insert(claim, into: &byScript, key: lowered) }
  }

  private static func insert(_ claim: Claim, into table: inout [String: [Claim]], key: String) {
    if table[key]?.contains(where: { $0.project == claim.project && $0.kind == claim.kind }) == true { return }
    table[key, default: []].append(claim)
  }

  /// Popular projects whose command or import name equals the normalized project name `name`.
  func claims(onProjectName name: String) -> [Claim] { byProjectName[name] ?? [] }

  /// Popular projects that install a script named `script`.
  func claims(onScript script: String) -> [Claim] { byScript[script.lowercased()] ?? [] }
}
