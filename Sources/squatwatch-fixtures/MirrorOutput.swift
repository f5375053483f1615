import Foundation
import SquatwatchFixtures

/// Generates a registry and writes it as a mirror, the labels file and a one-line summary: shared by both subcommands.
enum MirrorOutput {
  static func run(
    projects: Int, seed: UInt64, output: String, options: BandersnatchMirrorWriter.Options, labels: String?,
    padPopularKiB: Int = 0
  ) throws {
    let started = Date()
    var registry = RegistryGenerator.generate(projectCount: projects, seed: seed)
    if padPopularKiB > 0 { registry.padPopularProjects(kibibytes: padPopularKiB) }
    let generated = Date()
    let summary = try BandersnatchMirrorWriter(options: options).write(
      registry, to: URL(fileURLWithPath: output, isDirectory: true))
    if let labels {
      try Data(registry.labelsJSONLines.utf8).write(to: URL(fileURLWithPath: labels))
    }
    let squats = registry.projects.filter(\.label.isSquat).count
    print(
      "wrote \(summary.projects) projects (\(squats) planted squats), \(summary.files) files "
        + "(\(summary.distributionBytes) bytes) to \(output): generated in "
        + String(format: "%.2f", generated.timeIntervalSince(started)) + " s, written in "
        + String(format: "%.2f", Date().timeIntervalSince(generated)) + " s")
  }
}
