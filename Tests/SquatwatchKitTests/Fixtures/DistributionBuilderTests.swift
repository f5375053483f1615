import Foundation
import SquatwatchFixtures
import SquatwatchKit
import Testing

@Suite struct DistributionBuilderTests {
  private var spec: DistributionSpec {
    var spec = DistributionSpec(name: "Demo.Tool", version: "1.4.0")
    spec.summary = "A demo tool"
    spec.requiresDist = ["requests>=2"]
    spec.modules = [
      .init(path: "demo_tool/__init__.py", source: "VERSION = '1.4.0'\n"),
      .init(path: "demo_tool/cli.py", source: "def main():\n    return 0\n"),
    ]
    spec.nativeModule = ("demo_tool/_fast.so", Data([0x7F, 0x45, 0x4C, 0x46]))
    spec.consoleScripts = [.init(name: "demo", target: "demo_tool.cli:main")]
    spec.guiScripts = [.init(name: "demo-gui", target: "demo_tool.cli:main")]
    return spec
  }

  private func recordHash(_ data: Data) -> String {
    let hex = Array(SHA256Digest.hex(of: data).utf8)
    let bytes = stride(from: 0, to: hex.count, by: 2).compactMap {
      UInt8(String(decoding: hex[$0..<$0 + 2], as: UTF8.self), radix: 16)
    }
    return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
      .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
  }

  @Test func wheelRecordListsEveryMemberWithItsHashAndSize() throws {
    let wheel = WheelBuilder.build(spec, tag: .cpython312Linux)
    #expect(wheel.filename == "demo_tool-1.4.0-cp312-cp312-manylinux_2_17_x86_64.whl")
    let entries = try ArchiveTestReader.zipEntries(wheel.data)
    let record = try #require(entries.first { $0.name == "demo_tool-1.4.0.dist-info/RECORD" })
    let rows = String(decoding: record.content, as: UTF8.self).split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    #expect(rows.count == entries.count)
    for entry in entries where entry.name != record.name {
      let row = try #require(rows.first { $0.first.map(String.init) == entry.name })
      #expect(row[1] == "sha256=\(recordHash(entry.content))")
      #expect(row[2] == "\(entry.content.count)")
    }
    #expect(entries.suffix(5).allSatisfy { $0.name.contains(".dist-info/") })
    let entryPoints = try #require(entries.first { $0.name.hasSuffix("entry_points.txt") })
    #expect(
      String(decoding: entryPoints.content, as: UTF8.self)
        == "[console_scripts]\ndemo = demo_tool.cli:main\n\n[gui_scripts]\ndemo-gui = demo_tool.cli:main\n")
    let metadata = try #require(entries.first { $0.name.hasSuffix("/METADATA") })
    #expect(metadata.content == wheel.coreMetadata)
    #expect(String(decoding: metadata.content, as: UTF8.self).contains("Requires-Dist: requests>=2\n"))
  }

  @Test func sdistHoldsPkgInfoPyprojectEggInfoAndSources() throws {
    var spec = spec
    spec.scriptsInSetupCfg = true
    let sdist = SdistBuilder.build(spec)
    #expect(sdist.filename == "demo_tool-1.4.0.tar.gz")
    let tar = try Inflater.inflate(sdist.data, format: .gzip, outputLimit: 1 << 20)
    let members = try ArchiveTestReader.tarMembers(tar)
    let names = Set(members.map(\.name))
    for name in [
      "PKG-INFO", "pyproject.toml", "setup.cfg", "demo_tool/cli.py", "demo_tool.egg-info/entry_points.txt",
      "demo_tool.egg-info/top_level.txt",
    ] {
      #expect(names.contains("demo_tool-1.4.0/\(name)"))
    }
    let setupCfg = try #require(members.first { $0.name.hasSuffix("setup.cfg") })
    #expect(
      String(decoding: setupCfg.content, as: UTF8.self).contains("console_scripts =\n    demo = demo_tool.cli:main"))
    spec.scriptsInSetupCfg = false
    let plain = try ArchiveTestReader.tarMembers(
      try Inflater.inflate(SdistBuilder.build(spec).data, format: .gzip, outputLimit: 1 << 20))
    let pyproject = try #require(plain.first { $0.name.hasSuffix("pyproject.toml") })
    #expect(
      String(decoding: pyproject.content, as: UTF8.self).contains(
        "[project.scripts]\n\"demo\" = \"demo_tool.cli:main\""))
    #expect(!plain.contains { $0.name.hasSuffix("setup.cfg") })
  }
}
