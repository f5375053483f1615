/// What the dependency-confusion check knows of the upstream index (`--upstream`): which of the private index's
/// names it lists, and what it holds under them.
///
/// The upstream crawl fetches only names that collide with the private index, so this is as small as the
/// collisions, however large the upstream is.
public struct UpstreamIndex: Sendable {
  /// The upstream as reports name it: its redacted URL, or the mirror path.
  public var registry: String
  /// Normalized names listed by both indexes.
  var collisions: Set<String>
  /// Facts of the colliding upstream projects whose page (and JSON API document, where there is one) was read.
  var facts: [String: ProjectFacts]
  /// Why a colliding upstream project could not be read, by name.
  var failures: [String: String]

  init(registry: String, collisions: Set<String>, facts: [String: ProjectFacts], failures: [String: String]) {
    self.registry = registry
    self.collisions = collisions
    self.facts = facts
    self.failures = failures
  }

  /// The upstream holding `records` under colliding names, and the colliding names in `failures` it could not read.
  public init(registry: String, records: [ProjectRecord], failures: [String: String] = [:]) {
    var facts: [String: ProjectFacts] = [:]
    for record in records { facts[record.name] = ProjectFacts(record: record) }
    self.init(
      registry: registry, collisions: Set(facts.keys).union(failures.keys), facts: facts, failures: failures)
  }
}
