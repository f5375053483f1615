import ArgumentParser

@main
struct SquatwatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "squatwatch",
    abstract: "Audit a Python package index for squatted projects."
  )
}
