import Testing

@testable import SquatwatchKit

@Suite struct SetupCfgEntryPointsParserTests {
  @Test func readsIndentedMultiLineGroups() {
    let text = """
      [metadata]
      name = demo

      [options.entry_points]
      console_scripts =
          demo = demo.cli:main
          Demo-Admin = demo.admin:main
      gui_scripts = demo-gui = demo.gui:run

      [options]
      packages = find:
      """
    let groups = SetupCfgEntryPointsParser.parse(text)
    #expect(
      groups["console_scripts"] == [
        EntryPoint(name: "demo", target: "demo.cli:main"), EntryPoint(name: "Demo-Admin", target: "demo.admin:main"),
      ])
    #expect(groups["gui_scripts"] == [EntryPoint(name: "demo-gui", target: "demo.gui:run")])
    #expect(groups.count == 2)
  }
}
