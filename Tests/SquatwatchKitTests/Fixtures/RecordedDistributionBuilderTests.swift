import Foundation
import SquatwatchFixtures
import SquatwatchKit
import Testing

@Suite struct RecordedDistributionBuilderTests {
  private let metadata = "Metadata-Version: 2.1\nName: flsak\nVersion: 0.1.0\nSummary: A real attack's summary\n"

  private func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

  @Test func wheelHasRecordedSizesRealEntryPointsAndAFreshRecord() throws {
    let recorded = RecordedDistribution(
      filename: "flsak-0.1.0-py3-none-any.whl",
      format: try #require(RecordedDistribution.format(ofFilename: "flsak-0.1.0-py3-none-any.whl")),
      coreMetadata: metadata,
      members: [
        .init(path: "flsak/__init__.py", size: 5_123), .init(path: "flsak/empty.py", size: 0),
        .init(path: "flsak/data.bin", size: 300), .init(path: "flsak/huge.py", size: 900_000),
        .init(path: "flsak-0.1.0.dist-info/METADATA", size: 99), .init(path: "flsak-0.1.0.dist-info/WHEEL", size: 92),
        .init(path: "flsak-0.1.0.dist-info/entry_points.txt", size: 40),
        .init(path: "flsak-0.1.0.dist-info/top_level.txt", size: 6),
        .init(path: "flsak-0.1.0.dist-info/RECORD", size: 500),
      ],
      entryPoints: [
        .init(group: "console_scripts", name: "flask", target: "flsak:main"),
        .init(group: "console_scripts", name: "pip", target: "flsak:pip"),
      ],
      topLevel: ["flsak"])
    let built = RecordedDistributionBuilder.build(recorded)
    #expect(built.filename == "flsak-0.1.0-py3-none-any.whl")
    #expect(built.packageType == .wheel && built.pythonVersion == "py3")
    let entries = try ArchiveTestReader.zipEntries(built.data)
    func content(_ path: String) throws -> Data { try #require(entries.first { $0.name == path }).content }
    #expect(entries.map(\.name).sorted() == recorded.members.map(\.path).sorted())
    #expect(try content("flsak/__init__.py").count == 5_123)
    #expect(try content("flsak/empty.py").isEmpty)
    #expect(try content("flsak/data.bin").count == 300)
    #expect(try content("flsak/huge.py").count == RecordedDistributionBuilder.memberByteCap)
    let module = text(try content("flsak/__init__.py"))
    #expect(module.contains("def value_0():") && module.hasSuffix("\n"))
    #expect(
      text(try content("flsak-0.1.0.dist-info/entry_points.txt"))
        == "[console_scripts]\nflask = flsak:main\npip = flsak:pip\n")
    #expect(text(try content("flsak-0.1.0.dist-info/METADATA")) == metadata)
    #expect(built.coreMetadata == Data(metadata.utf8))
    #expect(text(try content("flsak-0.1.0.dist-info/top_level.txt")) == "flsak\n")
    let record = text(try content("flsak-0.1.0.dist-info/RECORD")).split(separator: "\n")
    #expect(record.count == recorded.members.count)
    #expect(record.contains { $0.hasPrefix("flsak/__init__.py,sha256=") && $0.hasSuffix(",5123") })
  }

  @Test func sdistKeepsItsRootAndGetsMetadataEntryPointsAndFiller() throws {
    let recorded = RecordedDistribution(
      filename: "flsak-0.1.0.tar.gz", format: .sdistTarGzip, coreMetadata: metadata,
      members: [
        .init(path: "flsak-0.1.0/PKG-INFO", size: 200), .init(path: "flsak-0.1.0/setup.py", size: 1_400),
        .init(path: "flsak-0.1.0/flsak/__init__.py", size: 2), .init(path: "flsak-0.1.0/README.md", size: 77),
        .init(path: "flsak-0.1.0/flsak.egg-info/entry_points.txt", size: 30),
        .init(path: "flsak-0.1.0/flsak.egg-info/PKG-INFO", size: 200),
      ],
      entryPoints: [.init(group: "console_scripts", name: "pip3", target: "flsak:main")])
    let built = RecordedDistributionBuilder.build(recorded)
    #expect(built.packageType == .sdist && built.coreMetadata == nil)
    let members = try ArchiveTestReader.tarMembers(
      try Inflater.inflate(built.data, format: .gzip, outputLimit: 1 << 20))
    func content(_ path: String) throws -> String { text(try #require(members.first { $0.name == path }).content) }
    #expect(try content("flsak-0.1.0/PKG-INFO") == metadata)
    #expect(try content("flsak-0.1.0/flsak.egg-info/PKG-INFO") == metadata)
    #expect(try content("flsak-0.1.0/flsak.egg-info/entry_points.txt") == "[console_scripts]\npip3 = flsak:main\n")
    let setup = try content("flsak-0.1.0/setup.py")
    #expect(setup.utf8.count == 1_400 && setup.hasPrefix("from setuptools import setup"))
    #expect(try content("flsak-0.1.0/flsak/__init__.py") == "#\n")
    #expect(try content("flsak-0.1.0/README.md").utf8.count == 77)
  }

  @Test func pythonFillerHasTheExactSizeForEverySize() throws {
    for size in [1, 2, 3, 50, 85, 86, 87, 4_095, 20_000] {
      let recorded = RecordedDistribution(
        filename: "x-1.0.zip", format: .sdistZip, coreMetadata: metadata,
        members: [.init(path: "x-1.0/x.py", size: size)])
      let entries = try ArchiveTestReader.zipEntries(RecordedDistributionBuilder.build(recorded).data)
      let source = try #require(entries.first).content
      #expect(source.count == size)
      #expect(source.last == UInt8(ascii: "\n"))
    }
  }

  @Test func fileNamesDecideTheFormat() {
    #expect(RecordedDistribution.format(ofFilename: "a-1.0.tar.gz") == .sdistTarGzip)
    #expect(RecordedDistribution.format(ofFilename: "a-1.0.zip") == .sdistZip)
    #expect(
      RecordedDistribution.format(ofFilename: "black-26.1-cp311-cp311-manylinux_2_17_x86_64.whl")
        == .wheel(WheelTag(python: "cp311", abi: "cp311", platform: "manylinux_2_17_x86_64")))
    #expect(RecordedDistribution.format(ofFilename: "setup.py") == nil)
    #expect(RecordedDistribution.format(ofFilename: "a-1.0.tar.gz\"") == nil)
  }
}
