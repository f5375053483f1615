import Foundation
import SquatwatchFixtures
import Testing

@testable import SquatwatchKit

@Suite struct DistributionInspectorTests {
  private let inspector = DistributionInspector()

  private func demoSpec() -> DistributionSpec {
    var spec = DistributionSpec(name: "demo-pkg", version: "1.0")
    spec.summary = "A demo"
    spec.modules = [
      .init(path: "demo/__init__.py", source: "\"\"\"Demo.\"\"\"\n__version__ = \"1.0\"\n"),
      .init(path: "demo/cli.py", source: "import sys\n\ndef main():\n    return 0\n"),
    ]
    spec.consoleScripts = [.init(name: "huggingface-cli", target: "demo.cli:main")]
    spec.guiScripts = [.init(name: "demo-gui", target: "demo.cli:main")]
    return spec
  }

  private func emptySpec() -> DistributionSpec {
    var spec = DistributionSpec(name: "empty-pkg", version: "0.0.1")
    spec.modules = [.init(path: "empty_pkg/__init__.py", source: "# nothing\n__version__ = '0.0.1'\n")]
    return spec
  }

  private func inspect(_ built: BuiltDistribution, ignoresRange: Bool = false) -> DistributionInspection {
    let file = DistributionFile(filename: built.filename, url: "https://files.example/\(built.filename)")
    return inspector.inspect(file, source: DataByteSource(built.data, ignoresRange: ignoresRange))
  }

  private func inspect(zip data: Data, filename: String = "x-1.0-py3-none-any.whl") -> DistributionInspection {
    inspector.inspect(
      DistributionFile(filename: filename, url: "https://files.example/\(filename)"), source: DataByteSource(data))
  }

  @Test func readsScriptsNamesAndCodeOfAWheel() throws {
    let inspection = inspect(WheelBuilder.build(demoSpec()))
    #expect(inspection.error == nil)
    #expect(inspection.consoleScripts == [EntryPoint(name: "huggingface-cli", target: "demo.cli:main")])
    #expect(inspection.guiScripts == [EntryPoint(name: "demo-gui", target: "demo.cli:main")])
    #expect(inspection.topLevelNames == ["demo"])
    #expect(inspection.coreMetadata?.name == "demo-pkg")
    #expect(inspection.members.map(\.name).contains("demo/cli.py"))
    #expect(inspection.code.pythonModules == 2)
    #expect(inspection.code.modulesRead == 2)
    #expect(inspection.code.sourcesRead)
    #expect(inspection.code.definesAnything)
    #expect(!inspection.code.metadataOnly)
  }

  @Test func provesAnEmptyWheelEmpty() {
    let inspection = inspect(WheelBuilder.build(emptySpec()))
    #expect(inspection.error == nil)
    #expect(inspection.code.pythonModules == 1)
    #expect(inspection.code.sourcesRead)
    #expect(!inspection.code.definesAnything)
    #expect(inspection.topLevelNames == ["empty_pkg"])
  }

  @Test func readsAMetadataOnlyWheel() {
    let inspection = inspect(WheelBuilder.build(DistributionSpec(name: "hollow", version: "1.0")))
    #expect(inspection.error == nil)
    #expect(inspection.code.metadataOnly)
    #expect(inspection.code.pythonModules == 0)
  }

  @Test func worksWhenTheServerIgnoresRange() {
    let built = WheelBuilder.build(demoSpec())
    let inspection = inspect(built, ignoresRange: true)
    #expect(inspection.error == nil)
    #expect(inspection.consoleScripts.map(\.name) == ["huggingface-cli"])
    #expect(inspection.code.definesAnything)
    #expect(inspection.bytesTransferred == built.data.count)
  }

  /// Eighty modules of random tokens (they deflate only 2.4 to 1, 17 KB each): one module settles the code
  /// verdict, and the inspection still stops well short of the file.
  @Test func settlesTheCodeVerdictOfABigWheelWithinThirtyTwoKiB() throws {
    var generator = SeededGenerator(seed: 7)
    var spec = demoSpec()
    for module in 0..<80 {
      var source = "\"\"\"Module \(module).\"\"\"\n"
      for function in 0..<400 {
        let token = (0..<4).map { _ in String(generator.next(), radix: 16) }.joined()
        source += "def f\(function)(x):\n    return x + \"\(token)\"\n"
      }
      spec.modules.append(.init(path: "demo/m\(module).py", source: source))
    }
    let built = WheelBuilder.build(spec)
    try #require(built.data.count > 1 << 20)
    let source = DataByteSource(built.data)
    let inspection = inspector.inspect(
      DistributionFile(filename: built.filename, url: "https://files.example/x", size: built.data.count),
      source: source)
    #expect(inspection.error == nil)
    #expect(inspection.bytesTransferred <= 32 * 1024)
    #expect(inspection.consoleScripts.map(\.name) == ["huggingface-cli"])
    #expect(inspection.code.pythonModules == 82)
    #expect(inspection.code.definesAnything)
    // Real code by the checks' measure, as a full read finds.
    #expect(inspection.code.codeBytes >= InspectionLimits().realCodeBytes)
    #expect(inspection.code.modulesRead < 82)
    #expect(!inspection.code.sourcesRead)
    #expect(inspection.coreMetadata?.name == "demo-pkg")
    print(
      "big wheel: \(built.data.count) bytes, \(inspection.bytesTransferred) transferred, \(source.requests) requests")
  }

  @Test func judgesALargeWheelFromPartsOfItsDirectory() throws {
    let wheel = LargeWheel()
    let (inspection, source) = wheel.inspect(.importNames)
    let (full, _) = wheel.inspect(limits: LargeWheel.fullReadLimits)
    try #require(full.members.count == 184)
    #expect(inspection.error == nil)
    #expect(inspection.consoleScripts == full.consoleScripts)
    // No top_level.txt: the names come from the directory's head and probes between the packages.
    #expect(inspection.topLevelNames.sorted() == ["alpha", "beta", "gamma"])
    #expect(inspection.topLevelNames.sorted() == full.topLevelNames.sorted())
    #expect(inspection.members.count < full.members.count)
    #expect(inspection.code.definesAnything)
    #expect(inspection.code.codeBytes >= InspectionLimits().realCodeBytes)
    #expect(!inspection.code.sourcesRead && !inspection.code.metadataOnly)
    #expect(full.code.sourcesRead)
    print("large wheel: \(source.bytesTransferred) bytes in \(source.requests) requests, full read \(wheel.data.count)")
  }

  /// Many layouts read through tiny windows, so the tail, head, probes and module sampling all run on each.
  @Test func partialReadsAgreeWithFullReadsAcrossLayouts() {
    var generator = SeededGenerator(seed: 23)
    var limits = InspectionLimits()
    limits.initialSuffix = 256
    limits.wholeDirectorySize = 128
    limits.directoryProbeSize = 160
    limits.metadataPrefixStep = 64
    for round in 0..<40 {
      var wheel = LargeWheel()
      let names = ["alpha", "beta", "gamma", "delta", "omega"]
      wheel.packages = Array(names.prefix(1 + Int(generator.next() % 5)))
      wheel.modulesPerPackage = 1 + Int(generator.next() % 12)
      wheel.writesTopLevel = generator.next() % 2 == 0
      if generator.next() % 3 == 0 { wheel.extraPaths = ["loose_module.py"] }
      let (partial, _) = wheel.inspect(.allFields, limits: limits)
      let (full, _) = wheel.inspect(limits: LargeWheel.fullReadLimits)
      #expect(partial.error == nil, "round \(round): \(partial.error ?? "")")
      #expect(partial.consoleScripts == full.consoleScripts, "round \(round)")
      #expect(partial.topLevelNames.sorted() == full.topLevelNames.sorted(), "round \(round)")
      #expect(partial.code.definesAnything == full.code.definesAnything, "round \(round)")
      #expect(partial.coreMetadata?.summary == full.coreMetadata?.summary, "round \(round)")
    }
  }

  @Test func takesTopLevelNamesFromTopLevelTxtWithoutProbing() {
    var wheel = LargeWheel()
    wheel.writesTopLevel = true
    let (inspection, _) = wheel.inspect()
    #expect(inspection.error == nil)
    #expect(inspection.topLevelNames == ["alpha", "beta", "gamma"])
    // Only the tail of the directory was read: the first package's records are not among the members.
    #expect(!inspection.members.contains { $0.name.hasPrefix("alpha/") })
  }

  @Test func findsATopLevelModuleBetweenPackages() {
    var wheel = LargeWheel()
    wheel.extraPaths = ["between.py"]
    let (inspection, _) = wheel.inspect()
    #expect(inspection.topLevelNames.sorted() == ["alpha", "beta", "between", "gamma"])
  }

  @Test func readsTheWholeDirectoryWhenPackagesInterleave() {
    var wheel = LargeWheel()
    // alpha again after beta's records would hide names between two records of alpha.
    wheel.packages = ["alpha", "beta", "alpha", "gamma"]
    wheel.modulesPerPackage = 40
    let (inspection, _) = wheel.inspect()
    let (full, _) = wheel.inspect(limits: LargeWheel.fullReadLimits)
    #expect(inspection.error == nil)
    #expect(inspection.members.count == full.members.count)
    #expect(inspection.topLevelNames.sorted() == ["alpha", "beta", "gamma"])
  }

  @Test func readsOnlyTheHeaderOfMetadata() throws {
    var generator = SeededGenerator(seed: 5)
    var wheel = LargeWheel()
    // A long description the checks never read (yt-dlp's is 183 KB); random text does not compress away.
    wheel.description = (0..<40_000).map { _ in String(generator.next() % 10) }.joined()
    wheel.metadataVersion = "2.5"
    wheel.importNames = ["alpha_api"]
    let (allFields, allFieldsSource) = wheel.inspect(.allFields)
    #expect(allFields.coreMetadata?.summary == "A large wheel")
    #expect(allFields.coreMetadata?.importNames == ["alpha_api"])
    #expect(allFieldsSource.bytesTransferred < 32 * 1024)
    let (importNames, _) = wheel.inspect(.importNames)
    #expect(importNames.coreMetadata?.importNames == ["alpha_api"])
    // Metadata-Version 2.1 cannot carry Import-Name: with a JSON API, the first line is all that is needed.
    wheel.metadataVersion = "2.1"
    wheel.importNames = []
    let (older, olderSource) = wheel.inspect(.importNames)
    #expect(older.error == nil)
    #expect(older.coreMetadata?.name == "large")
    #expect(olderSource.bytesTransferred < allFieldsSource.bytesTransferred)
  }

  @Test func readsATarGzSdist() {
    var spec = demoSpec()
    spec.scriptsInSetupCfg = true
    let inspection = inspect(SdistBuilder.build(spec))
    #expect(inspection.error == nil)
    #expect(inspection.consoleScripts == [EntryPoint(name: "huggingface-cli", target: "demo.cli:main")])
    #expect(inspection.topLevelNames == ["demo"])
    #expect(inspection.coreMetadata?.version == "1.0")
    #expect(inspection.code.definesAnything)
    #expect(inspection.members.contains { $0.name == "demo_pkg-1.0/demo/cli.py" })
  }

  @Test func readsAZipSdistThroughTheZipPath() {
    var writer = ZipArchiveWriter()
    writer.add("hatch_demo-1.0/PKG-INFO", Data("Name: hatch-demo\nVersion: 1.0\n".utf8))
    writer.add(
      "hatch_demo-1.0/pyproject.toml",
      Data("[project]\nname = \"hatch-demo\"\n[project.scripts]\nhd = \"hatch_demo:main\"\n".utf8))
    writer.add("hatch_demo-1.0/src/hatch_demo/__init__.py", Data("def main():\n    pass\n".utf8))
    writer.add("hatch_demo-1.0/setup.py", Data("from setuptools import setup\nsetup()\n".utf8))
    let inspection = inspect(zip: writer.archive(), filename: "hatch_demo-1.0.zip")
    #expect(inspection.error == nil)
    #expect(inspection.consoleScripts == [EntryPoint(name: "hd", target: "hatch_demo:main")])
    #expect(inspection.topLevelNames == ["hatch_demo"])
    #expect(inspection.code.pythonModules == 1)
    #expect(inspection.code.definesAnything)
  }

  @Test func aBrokenPyprojectDoesNotHideWhatTheSdistHolds() {
    var writer = TarArchiveWriter()
    writer.add("hollow-2.0/PKG-INFO", Data("Name: hollow\nVersion: 2.0\n".utf8))
    writer.add("hollow-2.0/pyproject.toml", Data("this is no toml [[[\n".utf8))
    writer.add("hollow-2.0/setup.py", Data("from setuptools import setup\nsetup()\n".utf8))
    let inspection = inspector.inspect(
      DistributionFile(filename: "hollow-2.0.tar.gz", url: "https://x/hollow"),
      source: DataByteSource(writer.tarGzip(), chunkSize: 4096))
    #expect(inspection.error?.contains("pyproject.toml is not valid TOML") == true)
    #expect(inspection.members.map(\.name).contains("hollow-2.0/setup.py"))
    #expect(inspection.coreMetadata?.name == "hollow")
    #expect(inspection.code.pythonModules == 0)
  }

  @Test func stopsTheSdistStreamOnceMetadataIsRead() {
    var writer = TarArchiveWriter()
    writer.add("late-1.0/PKG-INFO", Data("Name: late\nVersion: 1.0\n".utf8))
    writer.add("late-1.0/late.egg-info/entry_points.txt", Data("[console_scripts]\nlate = late:main\n".utf8))
    writer.add("late-1.0/late.egg-info/top_level.txt", Data("late\n".utf8))
    var generator = SeededGenerator(seed: 3)
    let noise = Data((0..<(2 << 20)).map { _ in UInt8.random(in: 0...255, using: &generator) })
    writer.add("late-1.0/data/blob.bin", noise)
    let data = writer.tarGzip()
    let source = DataByteSource(data, chunkSize: 4096)
    let inspection = inspector.inspect(
      DistributionFile(filename: "late-1.0.tar.gz", url: "https://x/late"), source: source)
    #expect(inspection.error == nil)
    #expect(inspection.consoleScripts == [EntryPoint(name: "late", target: "late:main")])
    #expect(inspection.topLevelNames == ["late"])
    #expect(inspection.bytesTransferred < 64 * 1024)
    #expect(!inspection.code.sourcesRead)
  }

  // MARK: hostile archives

  @Test func reportsAZipBombInMetadataOrAModule() {
    for name in ["bomb-1.0.dist-info/METADATA", "bomb/__init__.py"] {
      var writer = ZipArchiveWriter()
      writer.add(name, Data(count: 8 << 20))
      let inspection = inspect(zip: writer.archive(hostility: .init(declaredUncompressedSize: 100)))
      #expect(inspection.error?.contains("too-large") == true)
    }
  }

  @Test func reportsALyingCentralDirectory() {
    var writer = ZipArchiveWriter()
    writer.add("pkg/__init__.py", Data("x = 1\n".utf8))
    writer.add("pkg-1.0.dist-info/METADATA", Data("Name: pkg\n".utf8))
    let inspection = inspect(zip: writer.archive(hostility: .init(centralDirectoryLies: true)))
    #expect(inspection.error?.hasPrefix("malformed") == true)
  }

  @Test func reportsOverlappingEntries() {
    var writer = ZipArchiveWriter()
    writer.add("pkg/__init__.py", Data("x = 1\n".utf8))
    let inspection = inspect(zip: writer.archive(hostility: .init(overlappingEntries: 1000)))
    #expect(inspection.error?.contains("overlap") == true)
  }

  @Test func reportsUnsafeNamesAndKeepsThemOutOfMembers() {
    for name in ["../../etc/passwd", "/etc/passwd", "pkg\\evil.py"] {
      var writer = ZipArchiveWriter()
      writer.add("pkg/__init__.py", Data("x = 1\n".utf8))
      writer.add(name, Data("boom".utf8))
      let inspection = inspect(zip: writer.archive())
      #expect(inspection.error?.contains("unsafe member name") == true)
      #expect(inspection.members.map(\.name) == ["pkg/__init__.py"])
    }
  }

  @Test func readsZip64Archives() {
    var writer = ZipArchiveWriter()
    writer.add("pkg/__init__.py", Data("def f():\n    return 1\n".utf8))
    writer.add("pkg-1.0.dist-info/METADATA", Data("Name: pkg\nVersion: 1.0\n".utf8))
    let inspection = inspect(zip: writer.archive(hostility: .init(zip64: true)))
    #expect(inspection.error == nil)
    #expect(inspection.code.definesAnything)
    #expect(inspection.coreMetadata?.name == "pkg")
  }

  @Test func stopsAGzipStreamThatNeverEnds() {
    let source = EndlessGzipSource()
    var limits = InspectionLimits()
    limits.maxStreamBytes = 2 << 20
    let start = Date()
    let inspection = DistributionInspector(limits: limits).inspect(
      DistributionFile(filename: "x-1.0.tar.gz", url: "https://x/x"), source: source)
    #expect(inspection.error?.hasPrefix("too-large") == true)
    #expect(Date().timeIntervalSince(start) < 10)
  }

  @Test func reportsATruncatedGzip() {
    let inspection = inspector.inspect(
      DistributionFile(filename: "x-1.0.tar.gz", url: "https://x/x"),
      source: DataByteSource(SdistBuilder.build(demoSpec()).data.prefix(200)))
    #expect(inspection.error?.contains("truncated") == true)
  }

  @Test func reportsAnSdistWithoutPkgInfo() {
    let inspection = inspector.inspect(
      DistributionFile(filename: "x-1.0.tar.gz", url: "https://x/x"),
      source: DataByteSource(TarArchiveWriter.unterminatedGzip(megabytes: 2)))
    #expect(inspection.error?.contains("PKG-INFO") == true)
  }

  @Test func reportsATarLongNameLoop() {
    let tar = TarArchiveWriter.longNameLoop(count: 10_000)
    let inspection = inspector.inspect(
      DistributionFile(filename: "x-1.0.tar.gz", url: "https://x/x"),
      source: DataByteSource(Deflater.deflate(tar, format: .gzip)))
    #expect(inspection.error?.contains("meta headers in a row") == true)
  }

  @Test func reportsATarSizeThatLies() {
    let tar = TarArchiveWriter.lyingSize(name: "x-1.0/PKG-INFO", data: Data("Name: x\n".utf8), declaredSize: 1 << 30)
    let inspection = inspector.inspect(
      DistributionFile(filename: "x-1.0.tar.gz", url: "https://x/x"),
      source: DataByteSource(Deflater.deflate(tar, format: .gzip)))
    #expect(inspection.error != nil)
  }

  @Test func reportsUnsafeTarNames() {
    var writer = TarArchiveWriter()
    writer.add("x-1.0/PKG-INFO", Data("Name: x\n".utf8))
    writer.add("x-1.0/../../evil.py", Data("x = 1\n".utf8))
    let inspection = inspector.inspect(
      DistributionFile(filename: "x-1.0.tar.gz", url: "https://x/x"), source: DataByteSource(writer.tarGzip()))
    #expect(inspection.error?.contains("unsafe member name") == true)
    #expect(!inspection.members.contains { $0.name.contains("..") })
  }
}
