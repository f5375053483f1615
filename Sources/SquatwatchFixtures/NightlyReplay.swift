/// A registry that grows night by night: every project with the night it first appears, and the registry as an
/// index would serve it after any night.
///
/// Night 0 is the registry before the replay starts; night `n` adds what was uploaded during the replay's day `n - 1`
/// (new projects and new releases of existing ones), as a nightly audit at the end of that day would find it.
public struct NightlyReplay: Sendable {
  /// One project of the replay and the night it first appears.
  public struct Entry: Sendable {
    public var project: GeneratedProject
    public var night: Int
  }

  public var seed: UInt64
  /// Midnight before the replay's first day: night 0 sees every upload before it.
  public var start: UploadTimestamp
  /// The last night.
  public var nights: Int
  public var entries: [Entry]

  /// When night `night`'s audit runs: every upload before it is in the registry.
  public func cutoff(ofNight night: Int) -> UploadTimestamp {
    start.adding(seconds: Int64(night) * 86_400)
  }

  /// The registry after `night`: releases uploaded before its cutoff, projects without one left out, serials as
  /// they were then (serials only ever rise from one night to the next).
  public func registry(afterNight night: Int) -> GeneratedRegistry {
    let cutoff = cutoff(ofNight: night)
    var projects: [GeneratedProject] = []
    for entry in entries {
      var project = entry.project
      project.releases = project.releases.filter { $0.uploadTime < cutoff }
      if !project.releases.isEmpty { projects.append(project) }
    }
    var registry = GeneratedRegistry(seed: seed, now: cutoff, projects: projects)
    registry.assignSerials()
    return registry
  }

  /// Normalized names of the projects with an upload during the day before `night`, new or updated.
  ///
  /// That is what a mirror brings up to date that night; night 0 is every project then present.
  public func changedProjects(onNight night: Int) -> Set<String> {
    let from = night == 0 ? UploadTimestamp(microseconds: .min) : cutoff(ofNight: night - 1)
    let to = cutoff(ofNight: night)
    return Set(
      entries.filter { entry in entry.project.releases.contains { $0.uploadTime >= from && $0.uploadTime < to } }
        .map(\.project.normalizedName))
  }

  /// The ground truth as JSON lines, `{"project", "label", "night", "target"?}`, one per project of every night.
  public var labelsJSONLines: String {
    entries.map { entry in
      var members: [(String, JSONValue)] = [
        ("project", .string(entry.project.name)), ("label", .string(entry.project.label.rawValue)),
        ("night", .int(entry.night)),
      ]
      if let target = entry.project.target { members.append(("target", .string(target))) }
      return JSONValue.object(members).text + "\n"
    }.joined()
  }
}
