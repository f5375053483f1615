/// Release histories for generated projects: versions that climb the way real ones do, spread over a time span.
enum ReleaseHistory {
  /// `count` releases spread between `start` and `end`, a few older ones yanked.
  ///
  /// The latest `recentWithWheels` get an sdist and a wheel (and a native wheel when asked), older ones an sdist only.
  static func releases(
    count: Int, from start: UploadTimestamp, to end: UploadTimestamp, recentWithWheels: Int, nativeWheels: Bool,
    using random: inout SeededGenerator
  ) -> [GeneratedRelease] {
    let span = max(end.microseconds - start.microseconds, 1)
    let times = (0..<count).map { _ in
      UploadTimestamp(microseconds: start.microseconds + Int64.random(in: 0..<span, using: &random))
    }.sorted()
    var version = (major: 0, minor: 1, patch: 0)
    var releases: [GeneratedRelease] = []
    for (index, time) in times.enumerated() {
      if index > 0 {
        switch Int.random(in: 0..<10, using: &random) {
        case 0: version = (version.major + 1, 0, 0)
        case 1...3: version = (version.major, version.minor + 1, 0)
        default: version.patch += 1
        }
      }
      var files: [GeneratedRelease.File] = [.sdist]
      if index >= count - recentWithWheels {
        files.append(.wheel(.pure))
        if nativeWheels { files.append(.wheel(.cpython312Linux)) }
      }
      let yanked = index < count - 1 && Int.random(in: 0..<30, using: &random) == 0
      releases.append(
        GeneratedRelease(
          version: "\(version.major).\(version.minor).\(version.patch)", uploadTime: time, files: files,
          yankedReason: yanked ? (Bool.random(using: &random) ? "broken build" : "") : nil))
    }
    return releases
  }
}
