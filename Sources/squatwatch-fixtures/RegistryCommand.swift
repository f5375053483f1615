import ArgumentParser
import Foundation
import SquatwatchFixtures

/// `registry`: a registry of any size for evaluation and benchmarks.
struct RegistryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "registry",
    abstract: "Write a generated registry of any size as a bandersnatch-layout mirror."
  )

  @Option(
    name: .long,
    help: "Number of projects; every population scales with it (at least \(RegistryGenerator.minimumProjectCount)).")
  var projects: Int = 1_000

  @Option(name: .long, help: "Random seed; the same seed always gives the same registry.")
  var seed: UInt64 = 1

  @Option(name: .long, help: "Directory to write the mirror's web/ tree into.")
  var output: String

  @Flag(name: .long, help: "Do not write the PyPI JSON API (web/pypi/<name>/json), like a simple-only mirror.")
  var noJsonApi = false

  @Flag(name: .long, help: "Leave out serials: no _last-serial keys and no <!--SERIAL n--> comments.")
  var noSerials = false

  @Flag(
    name: .long, help: "Metadata-only mirror: pages list files with sizes and hashes, but no file bytes are written.")
  var noDistributions = false

  @Option(
    name: .long,
    help: "Also write every distribution file flat into this directory (for uploading to pypiserver or devpi).")
  var distDir: String?

  @Option(name: .long, help: "Write the ground truth here as JSON lines: {\"project\", \"label\", \"target\"?}.")
  var labels: String?

  @Option(
    name: .customLong("pad-popular-kib"),
    help: "Add this many KiB of Python modules to every popular project's distributions (large-wheel benchmarks).")
  var padPopularKiB: Int = 0

  func validate() throws {
    guard projects >= RegistryGenerator.minimumProjectCount else {
      throw ValidationError("--projects must be at least \(RegistryGenerator.minimumProjectCount)")
    }
  }

  func run() throws {
    let options = BandersnatchMirrorWriter.Options(
      jsonAPI: !noJsonApi, serials: !noSerials, distributions: !noDistributions,
      distDirectory: distDir.map { URL(fileURLWithPath: $0, isDirectory: true) })
    try MirrorOutput.run(
      projects: projects, seed: seed, output: output, options: options, labels: labels, padPopularKiB: padPopularKiB)
  }
}
