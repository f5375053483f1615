import Foundation
import Testing

@testable import SquatwatchKit

@Suite struct DistributionInspectionJSONTests {
  @Test func payloadDecodesToTheSameInspection() throws {
    var inspection = DistributionInspection(
      sha256: "ab12", filename: "demo-1.0-py3-none-any.whl",
      members: [ArchiveMember(name: "demo/__init__.py", size: 12), ArchiveMember(name: "démo/ü.py", size: 0)],
      consoleScripts: [EntryPoint(name: "demo", target: "demo.cli:main")],
      guiScripts: [EntryPoint(name: "demo-gui", target: "demo.gui:run")], topLevelNames: ["demo"],
      code: CodeSummary(
        pythonModules: 2, codeBytes: 20_001, definesAnything: true, nativeExtensions: 1, metadataOnly: false,
        sourcesRead: false, modulesRead: 1),
      coreMetadata: CoreMetadata(
        name: "demo", version: "1.0", summary: "A \"quoted\" summary\nwith a newline", authorEmail: "a@x.org",
        homePage: nil, projectURLs: ["Source, https://x.org"], requiresDist: ["requests>=2"],
        importNames: ["demo"], declaresImportNames: true),
      error: nil, bytesTransferred: 14_000)
    #expect(try JSONDecoder().decode(DistributionInspection.self, from: inspection.payload) == inspection)
    inspection.coreMetadata = nil
    inspection.error = "malformed: member 'x': CRC-32 does not match"
    #expect(try JSONDecoder().decode(DistributionInspection.self, from: inspection.payload) == inspection)
  }
}
