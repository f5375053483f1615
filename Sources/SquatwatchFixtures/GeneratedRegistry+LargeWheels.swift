/// Large wheels, for the inspection cost benchmark: wheels over 1 MiB whose code must not be downloaded.
extension GeneratedRegistry {
  /// Adds about `kibibytes` KiB of real, poorly compressible Python modules to every popular project.
  public mutating func padPopularProjects(kibibytes: Int) {
    var random = SeededGenerator(seed: seed ^ 0x5EED_B16)
    for index in projects.indices where projects[index].label == .popular {
      let package = projects[index].spec.topLevelNames.first ?? "pkg"
      var written = 0
      var part = 0
      while written < kibibytes * 1024 {
        var source = "\"\"\"Lookup table part \(part).\"\"\"\n\nTABLE = [\n"
        while source.utf8.count < 64 * 1024 {
          let token = (0..<4).map { _ in String(random.next(), radix: 36) }.joined()
          source += "    \"\(token)\",\n"
        }
        source += "]\n\n\ndef lookup(index):\n    return TABLE[index % len(TABLE)]\n"
        projects[index].spec.modules.append(.init(path: "\(package)/_table_\(part).py", source: source))
        written += source.utf8.count
        part += 1
      }
    }
  }
}
