import Foundation
import SquatwatchFixtures

/// Writes a registry as a mirror, the labels file and a one-line summary: shared by every subcommand.
enum MirrorOutput {
  /// Generates a registry with `RegistryGenerator` and writes it.
  static func run(
    projects: Int, seed: UInt64, output: String, options: BandersnatchMirrorWriter.Options, labels: String?,
    padPopularKiB: Int = 0
  ) throws {
    let started = Date()
    var registry = RegistryGenerator.generate(projectCount: projects, seed: seed)
    if padPopularKiB > 0 { registry.padPopularProjects(kibibytes: padPopularKiB) }
    try write(
      registry, output: output, options: options, labels: labels.map { ($0, registry.labelsJSONLines) }, since: started)
  }

  /// Writes `registry` (only the projects named in `only`, when given) and the labels text to its file.
  static func write(
    _ registry: GeneratedRegistry, output: String, options: BandersnatchMirrorWriter.Options,
    labels: (path: String, text: String)?, only: Set<String>? = nil, since started: Date
  ) throws {
    let generated = Date()
    let summary = try BandersnatchMirrorWriter(options: options).write(
      registry, to: URL(fileURLWithPath: output, isDirectory: true), only: only)
    if let labels {
      try Data(labels.text.utf8).write(to: URL(fileURLWithPath: labels.path))
    }
    let squats = registry.projects.filter(\.label.isSquat).count
    print(
      "wrote \(summary.projects) of \(registry.projects.count) projects (\(squats) squats in all), \(summary.files) files "
        + "(\(summary.distributionBytes) bytes) to \(output): generated in "
        + String(format: "%.2f", generated.timeIntervalSince(started)) + " s, written in "
        + String(format: "%.2f", Date().timeIntervalSince(generated)) + " s")
  }
}
