import ArgumentParser
import SquatwatchFixtures

/// `sample`: the committed demo mirror, with every population and every kind of planted squat.
struct SampleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sample",
    abstract: "Write the demo mirror: 300 projects from a fixed seed, with JSON API and serials.",
    discussion: "This is what `make sample-mirror` commits to data/sample-mirror; the labels go to labels.jsonl in it."
  )

  /// The demo's fixed size and seed, so regenerating reproduces the committed tree byte for byte.
  static let projects = 300
  static let seed: UInt64 = 2025

  @Option(name: .long, help: "Directory to write the mirror into (its web/ tree and labels.jsonl).")
  var output: String

  func run() throws {
    try MirrorOutput.run(
      projects: Self.projects, seed: Self.seed, output: output, options: BandersnatchMirrorWriter.Options(),
      labels: output + "/labels.jsonl")
  }
}
