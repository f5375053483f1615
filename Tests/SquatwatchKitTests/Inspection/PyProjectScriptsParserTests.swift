import Testing

@testable import SquatwatchKit

@Suite struct PyProjectScriptsParserTests {
  @Test func readsScriptTablesAndBackend() throws {
    let text = """
      [build-system]
      requires = ["hatchling"]
      build-backend = "hatchling.build"

      [project]
      name = "demo"
      [project.scripts]
      demo = "demo.cli:main"
      "huggingface-cli" = "demo.evil:main"
      [project.gui-scripts]
      demo-gui = "demo.gui:run"
      [project.entry-points."demo.plugins"]
      one = "demo.plugins:one"
      """
    let result = try PyProjectScriptsParser.parse(text)
    #expect(result.buildBackend == "hatchling.build")
    #expect(
      result.groups["console_scripts"] == [
        EntryPoint(name: "demo", target: "demo.cli:main"),
        EntryPoint(name: "huggingface-cli", target: "demo.evil:main"),
      ])
    #expect(result.groups["gui_scripts"] == [EntryPoint(name: "demo-gui", target: "demo.gui:run")])
    #expect(result.groups["demo.plugins"] == [EntryPoint(name: "one", target: "demo.plugins:one")])
  }

  @Test func rejectsInvalidTomlWithAnError() {
    #expect(throws: SquatwatchError.self) { try PyProjectScriptsParser.parse("[project\nname = ") }
  }
}
