import Foundation
import SquatwatchFixtures
import SquatwatchKit
import SquatwatchTestSupport
import Testing

/// Crawls that inspect real generated wheels and sdists over HTTP on 127.0.0.1, including hostile archives.
@Suite(.tags(.server)) struct InspectionCrawlTests {
  private static let generated = Result { () throws -> TemporaryDirectory in
    let directory = try TemporaryDirectory(prefix: "inspect-mirror")
    let registry = RegistryGenerator.generate(projectCount: 60, seed: 11)
    _ = try BandersnatchMirrorWriter().write(registry, to: directory.url)
    return directory
  }

  static func crawl(_ indexURL: String, cache: TemporaryDirectory) throws -> CrawlSummary {
    let target = try RegistryTarget(
      indexURL: indexURL, mirrorDirectory: nil, cacheDirectory: cache.path, environment: [:])
    let options = CrawlOptions(concurrency: 4, retry: CrawlerTests.fastRetry, inspect: true)
    return try CrawlJob(target: target, options: options, lockWait: 0).run(console: Console(verbosity: .quiet))
  }

  @Test(arguments: [true, false])
  func inspectsEveryNewestDistribution(honoursRange: Bool) throws {
    let server = try MirrorServer(directory: try Self.generated.get().url, dialect: .json, honoursRange: honoursRange)
    defer { server.shutdown() }
    let cache = try TemporaryDirectory()
    let summary = try Self.crawl(server.indexURL, cache: cache)
    #expect(summary.counts.failed == 0)
    let records = try CacheStore(directory: cache.url).records()
    let withFiles = records.filter { !($0.page?.files.isEmpty ?? true) }
    #expect(withFiles.allSatisfy { !$0.inspections.isEmpty })
    let inspections = withFiles.flatMap(\.inspections)
    #expect(inspections.allSatisfy { $0.error == nil }, "\(inspections.compactMap(\.error).prefix(3))")
    #expect(inspections.contains { !$0.consoleScripts.isEmpty })
    #expect(inspections.contains { !$0.topLevelNames.isEmpty })
    #expect(inspections.contains { $0.code.definesAnything })
    // The header of a wheel's own METADATA costs less than the PEP 658 file, which is never fetched.
    #expect(!server.requests.contains { $0.path.hasSuffix(".metadata") })
    #expect(inspections.filter { $0.filename.hasSuffix(".whl") }.allSatisfy { $0.coreMetadata?.name != nil })
    if honoursRange {
      #expect(server.requests.contains { $0.headers["range"] != nil })
    }
  }

  @Test func recrawlNeverInspectsTheSameFileTwice() throws {
    let server = try MirrorServer(directory: try Self.generated.get().url, dialect: .htmlOnly)
    defer { server.shutdown() }
    let cache = try TemporaryDirectory()
    _ = try Self.crawl(server.indexURL, cache: cache)
    let packages = { server.requests.filter { $0.path.hasPrefix("/packages/") }.count }
    let before = packages()
    #expect(before > 0)
    // Without serials every page is revalidated, but known files are not read again.
    _ = try Self.crawl(server.indexURL, cache: cache)
    #expect(packages() == before)
  }

  /// One project whose files are every hostile archive the inspection issue names.
  static func hostileFiles() -> [(String, Data)] {
    var bomb = ZipArchiveWriter()
    bomb.add("bomb-1.0.dist-info/METADATA", Data(count: 50_000_000))
    var lying = ZipArchiveWriter()
    lying.add("liar/__init__.py", Data("x = 1\n".utf8))
    lying.add("liar-1.0.dist-info/METADATA", Data("Name: liar\n".utf8))
    var overlap = ZipArchiveWriter()
    overlap.add("over-1.0.dist-info/METADATA", Data("Name: over\n".utf8))
    var traversal = ZipArchiveWriter()
    traversal.add("../../etc/cron.d/evil", Data("* * * * * root sh\n".utf8))
    traversal.add("/abs/path.py", Data("x = 1\n".utf8))
    traversal.add("trav-1.0.dist-info/METADATA", Data("Name: trav\n".utf8))
    return [
      ("bomb-1.0-py3-none-any.whl", bomb.archive(hostility: .init(declaredUncompressedSize: 1000))),
      ("liar-1.0-py3-none-any.whl", lying.archive(hostility: .init(centralDirectoryLies: true))),
      ("over-1.0-py3-none-any.whl", overlap.archive(hostility: .init(overlappingEntries: 1000))),
      ("trav-1.0-py3-none-any.whl", traversal.archive()),
      ("endless-1.0.tar.gz", TarArchiveWriter.unterminatedGzip(megabytes: 80)),
      ("loop-1.0.tar.gz", Deflater.deflate(TarArchiveWriter.longNameLoop(count: 10_000), format: .gzip)),
    ]
  }

  @Test func recordsAnErrorForEveryHostileArchiveAndGoesOn() throws {
    let files = Self.hostileFiles()
    let page = try JSONSerialization.data(withJSONObject: [
      "meta": ["api-version": "1.1", "_last-serial": 1],
      "name": "hostile",
      "files": files.map { name, data in
        [
          "filename": name, "url": "/files/\(name)", "hashes": ["sha256": SHA256Digest.hex(of: data)],
          "size": data.count,
        ]
      },
    ])
    let listing = Data(#"{"meta":{"api-version":"1.1"},"projects":[{"name":"hostile","_last-serial":1}]}"#.utf8)
    let json = ["Content-Type": "application/vnd.pypi.simple.v1+json"]
    let server = try FixtureServer { request in
      switch request.path {
      case "/simple/": return .response(status: 200, headers: json, body: listing)
      case "/simple/hostile/": return .response(status: 200, headers: json, body: page)
      default:
        guard let (_, data) = files.first(where: { request.path == "/files/\($0.0)" }) else {
          return .response(status: 404, headers: [:], body: Data())
        }
        return .response(status: 200, headers: [:], body: data)
      }
    }
    defer { server.shutdown() }
    let cache = try TemporaryDirectory()
    let summary = try Self.crawl(server.origin + "/simple/", cache: cache)
    #expect(summary.counts.fetched == 1)
    let record = try #require(try CacheStore(directory: cache.url).record("hostile"))
    #expect(record.inspections.count == files.count)
    for inspection in record.inspections {
      #expect(inspection.error != nil, "\(inspection.filename) was not refused")
      #expect(!inspection.members.contains { $0.name.contains("..") || $0.name.hasPrefix("/") })
    }
  }
}
