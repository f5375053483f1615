import ArgumentParser

@main
struct FixturesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "squatwatch-fixtures",
    abstract: "Generate sample registries for squatwatch's demo, tests and benchmarks.",
    subcommands: [
      SampleCommand.self, RegistryCommand.self, RealRegistryCommand.self, ReplayCommand.self, InspectCommand.self,
    ]
  )
}
