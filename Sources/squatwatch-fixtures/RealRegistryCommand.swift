import ArgumentParser
import Foundation
import SquatwatchFixtures

/// `real-registry`: real malicious distributions (filler content) among legitimate projects under real names.
struct RealRegistryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "real-registry",
    abstract: "Write a registry built from real data as a bandersnatch-layout mirror.",
    discussion: """
      Real malicious distributions from --malicious-metadata (names, Core Metadata, member lists with harmless \
      filler of the recorded sizes, entry points; never their code) among legitimate projects under real names: \
      the top of --ranking as popular projects (their real commands where known, real wheels from --real-wheels), \
      a long tail drawn from the rest of the ranking, and the legitimate look-alikes of --lookalikes. The labels \
      file gives each project's population: malicious, popular, long-tail or near-name-legit.
      """
  )

  @Option(name: .long, help: "Download-ranked projects, CSV (download_count,project) or hugovk JSON.")
  var ranking: String

  @Option(name: .long, help: "malicious-metadata.jsonl: one real malicious distribution per line.")
  var maliciousMetadata: String

  @Option(name: .long, help: "benign-lookalikes.csv (name,looks_like,...): real legitimate look-alikes.")
  var lookalikes: String

  @Option(name: .long, help: "import-names.csv (import_name,project): import names of popular projects.")
  var importNames: String?

  @Option(name: .long, help: "A folder of real wheels, each served as its popular project's newest release.")
  var realWheels: String?

  @Option(name: .long, help: "How many of the ranking's top projects to include as popular.")
  var popular = 5_000

  @Option(name: .long, help: "How many projects from the rest of the ranking to include as the long tail.")
  var longTail = 4_000

  @Option(name: .long, help: "Include at most this many malicious projects (a seeded sample; default: all).")
  var maliciousLimit: Int?

  @Option(name: .long, help: "Random seed; the same seed and data always give the same registry.")
  var seed: UInt64 = 12

  @Option(name: .long, help: "Directory to write the mirror's web/ tree into.")
  var output: String

  @Option(name: .long, help: "Write the ground truth here as JSON lines: {\"project\", \"label\", \"target\"?}.")
  var labels: String?

  @Option(name: .long, help: "Write the files of only each project's newest N releases (older ones are listed).")
  var writtenReleases = 1

  @Flag(name: .long, help: "Do not write the PyPI JSON API (web/pypi/<name>/json).")
  var noJsonApi = false

  @Flag(name: .long, help: "Leave out serials: no _last-serial keys and no <!--SERIAL n--> comments.")
  var noSerials = false

  @Flag(name: .long, help: "Write pages only; no distribution file bytes (link web/packages to another copy).")
  var noDistributions = false

  func run() throws {
    let started = Date()
    let loaded = try RealDataSources.load(
      ranking: ranking, maliciousMetadata: maliciousMetadata, lookalikes: lookalikes, importNames: importNames,
      realWheels: realWheels)
    let outcome = RealRegistryGenerator.generate(
      loaded.sources, sizes: .init(popular: popular, longTail: longTail, malicious: maliciousLimit), seed: seed)
    var skipped = outcome.skipped
    if loaded.unreadableRecords > 0 { skipped["line not readable", default: 0] += loaded.unreadableRecords }
    if !skipped.isEmpty {
      print(
        "malicious records left out: "
          + skipped.sorted { $0.key < $1.key }.map { "\($0.value) (\($0.key))" }.joined(separator: ", "))
    }
    let options = BandersnatchMirrorWriter.Options(
      jsonAPI: !noJsonApi, serials: !noSerials, distributions: !noDistributions, writtenReleases: writtenReleases)
    try MirrorOutput.write(
      outcome.registry, output: output, options: options,
      labels: labels.map { ($0, outcome.registry.labelsJSONLines) }, since: started)
  }
}
