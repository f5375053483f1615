import ArgumentParser
import Foundation
import SquatwatchFixtures
import SquatwatchKit

/// `replay`: a registry that grows night by night through a campaign, written one night at a time.
struct ReplayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay",
    abstract: "Write a nightly replay's registry as it stands after one night, as a bandersnatch-layout mirror.",
    discussion: """
      Night 0 is a registry under real names from --ranking (popular projects and a long tail). Each later night \
      adds one day of uploads: a campaign shaped like 2025's (9, 295, 39, 119, 740, 249, 46, then 16 and 12 a \
      week later) among --legitimate-per-night legitimate new projects (plugins, AI-era tools, personal tools, \
      tutorials, company families, placeholders) and new releases of existing projects. Night 0 writes the whole \
      mirror; night N > 0 writes only what changed that day into a mirror that holds night N-1. The labels file \
      gives every project of every night: {"project", "label", "night", "target"?}.
      """
  )

  @Option(name: .long, help: "Download-ranked projects, CSV (download_count,project) or hugovk JSON.")
  var ranking: String

  @Option(name: .long, help: "Write the registry as it stands after this night (0 = before the replay).")
  var night: Int

  @Option(name: .long, help: "Directory to write the mirror's web/ tree into.")
  var output: String

  @Option(name: .long, help: "Write the ground truth of every night here as JSON lines.")
  var labels: String?

  @Option(name: .long, help: "How many of the ranking's top projects to include as popular.")
  var popular = 3_000

  @Option(name: .long, help: "How many projects from the rest of the ranking to include as the long tail.")
  var longTail = 4_000

  @Option(name: .long, help: "Nights after night 0 (16 covers the whole campaign).")
  var nights = 16

  @Option(name: .long, help: "Legitimate new projects per day.")
  var legitimatePerNight = 320

  @Option(name: .long, help: "Multiply the campaign's daily sizes by this (1 is the real campaign's size).")
  var campaignScale = 1.0

  @Option(name: .long, help: "Random seed; the same seed and ranking always give the same replay.")
  var seed: UInt64 = 16

  func validate() throws {
    guard nights >= 1, (0...nights).contains(night) else { throw ValidationError("--night must be in 0...--nights") }
  }

  func run() throws {
    let started = Date()
    let list = try PopularityList.load(path: ranking)
    let replay = NightlyReplayGenerator.generate(
      ranking: list.entries.map(\.project), knownCommands: try KnownCommands.bundled(),
      sizes: .init(
        popular: popular, longTail: longTail, nights: nights, legitimatePerNight: legitimatePerNight,
        campaignScale: campaignScale),
      seed: seed)
    let registry = replay.registry(afterNight: night)
    let arrived = replay.entries.filter { $0.night == night }
    let campaign = arrived.filter { $0.project.label == .campaignSquat }.count
    print(
      "night \(night): \(arrived.count) new projects (\(campaign) of the campaign), \(registry.projects.count) in all")
    try MirrorOutput.write(
      registry, output: output, options: BandersnatchMirrorWriter.Options(writtenReleases: 1),
      labels: labels.map { ($0, replay.labelsJSONLines) },
      only: night == 0 ? nil : replay.changedProjects(onNight: night),
      since: started)
  }
}
