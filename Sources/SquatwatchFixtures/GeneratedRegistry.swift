/// A generated registry: every project with its ground truth, ready to be written as a mirror.
public struct GeneratedRegistry: Sendable {
  public var seed: UInt64
  /// The registry's "now": the latest upload is before it.
  public var now: UploadTimestamp
  public var projects: [GeneratedProject]

  public init(seed: UInt64, now: UploadTimestamp, projects: [GeneratedProject]) {
    self.seed = seed
    self.now = now
    self.projects = projects
  }

  /// The highest project serial, the root listing's `_last-serial`.
  public var lastSerial: Int { projects.map(\.lastSerial).max() ?? 0 }

  /// Sets serials as PyPI counts them: one event per uploaded file in upload order; a project's serial is its last.
  ///
  /// Dropping every release uploaded after some instant (and the projects left without one) keeps the remaining
  /// serials, so a registry replayed day by day only ever raises them.
  public mutating func assignSerials() {
    var events: [(time: UploadTimestamp, project: Int, files: Int)] = []
    for (index, project) in projects.enumerated() {
      for release in project.releases { events.append((release.uploadTime, index, release.files.count)) }
    }
    events.sort { ($0.time, $0.project) < ($1.time, $1.project) }
    var serial = 0
    for event in events {
      serial += event.files
      projects[event.project].lastSerial = serial
    }
  }

  /// The ground truth as JSON lines, `{"project", "label", "target"?}`, one per project in registry order.
  public var labelsJSONLines: String {
    projects.map { project in
      var members: [(String, JSONValue)] = [
        ("project", .string(project.name)), ("label", .string(project.label.rawValue)),
      ]
      if let target = project.target { members.append(("target", .string(target))) }
      return JSONValue.object(members).text + "\n"
    }.joined()
  }
}
