import Testing

@testable import SquatwatchKit

@Suite struct EntryPointsParserTests {
  @Test func readsGroupsCaseSensitivelyWithEqualsOnly() {
    let text = """
      # generated
      [console_scripts]
      huggingface-cli = huggingface_hub.commands.huggingface_cli:main
      HF = hf.cli:Main [extra]

      [gui_scripts]
      viewer = pkg.gui:run
      [pytest11]
      myplugin = pkg.plugin
      """
    let groups = EntryPointsParser.parse(text)
    #expect(
      groups["console_scripts"] == [
        EntryPoint(name: "huggingface-cli", target: "huggingface_hub.commands.huggingface_cli:main"),
        EntryPoint(name: "HF", target: "hf.cli:Main [extra]"),
      ])
    #expect(groups["gui_scripts"] == [EntryPoint(name: "viewer", target: "pkg.gui:run")])
    #expect(groups["pytest11"] == [EntryPoint(name: "myplugin", target: "pkg.plugin")])
  }
}
