import Foundation
import SquatwatchKit
import SquatwatchTestSupport
import Testing

/// Names that try to escape a path are refused before they reach a URL, and nothing a registry names ever
/// becomes a file: the cache keeps names inside SQLite only.
@Suite(.tags(.server)) struct HostileNameCrawlTests {
  static let hostileNames = [
    "../../../../tmp/escape", "..", "/etc/passwd", "C:\\Windows\\system32", "a\u{0}b", "%2e%2e%2fetc",
    String(repeating: "a", count: 5000), "reqυests", "рandas", "ｐｉｐ", "numpy\u{202E}yp", " ", "",
  ]

  static func listing() throws -> Data {
    let projects = (hostileNames + ["good-one"]).map { ["name": $0, "_last-serial": 1] as [String: Any] }
    return try JSONSerialization.data(withJSONObject: ["meta": ["api-version": "1.1"], "projects": projects])
  }

  static let page = Data(
    #"""
    {"meta":{"api-version":"1.1"},"name":"good-one","files":[
     {"filename":"../../../../tmp/escape-1.0-py3-none-any.whl","url":"file:///etc/passwd","hashes":{"sha256":"aa"}},
     {"filename":"/tmp/abs-1.0.tar.gz","url":"../../../../../etc/shadow","hashes":{"sha256":"bb"}},
     {"filename":"good_one-1.0-py3-none-any.whl","url":"/files/..%2f..%2fgood_one-1.0-py3-none-any.whl","hashes":{"sha256":"cc"}}
    ]}
    """#.utf8)

  static func entries(_ directory: URL) throws -> Set<String> {
    Set(try FileManager.default.contentsOfDirectory(atPath: directory.path))
  }

  @Test func hostileNamesNeverReachAURLOrTheFileSystem() throws {
    let listing = try Self.listing()
    let server = try FixtureServer { request in
      let json = ["Content-Type": SimpleIndexParser.jsonMediaType]
      switch request.path {
      case "/simple/": return .response(status: 200, headers: json, body: listing)
      case "/simple/good-one/": return .response(status: 200, headers: json, body: Self.page)
      default: return .response(status: 404, headers: [:], body: Data())
      }
    }
    defer { server.shutdown() }
    let parent = try TemporaryDirectory(prefix: "hostile-names")
    let cache = parent.url.appendingPathComponent("cache")
    let workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    let before = try Self.entries(workingDirectory)
    let target = try RegistryTarget(
      indexURL: server.origin + "/simple/", mirrorDirectory: nil, cacheDirectory: cache.path, environment: [:],
      timeouts: HardeningCrawl.timeouts)
    let options = CrawlOptions(concurrency: 2, retry: HardeningCrawl.retry, inspect: true)
    let summary = try CrawlJob(target: target, options: options, lockWait: 0).run(console: Console(verbosity: .quiet))

    #expect(summary.listed == 1)
    #expect(summary.counts.fetched == 1)
    // Only the valid name was ever requested, and no request escaped the server's own paths.
    let pages = server.requests.map(\.path).filter { $0.hasPrefix("/simple/") }
    #expect(Set(pages) == ["/simple/", "/simple/good-one/"])
    #expect(server.requests.allSatisfy { !$0.path.contains("\0") && !$0.path.hasPrefix("/simple/..") })
    // Nothing was written outside the cache, and the cache holds only its database and lock.
    #expect(try Self.entries(parent.url) == ["cache"])
    let allowed: Set = ["squatwatch.sqlite", "squatwatch.sqlite-wal", "squatwatch.sqlite-shm", "lock"]
    #expect(try Self.entries(cache).isSubset(of: allowed))
    #expect(try Self.entries(workingDirectory) == before)
    #expect(!FileManager.default.fileExists(atPath: "/tmp/escape"))
    // A file:// distribution URL is refused, never read.
    let record = try #require(try CacheStore(directory: cache).record("good-one"))
    let local = try #require(record.inspections.first { $0.filename.hasSuffix("escape-1.0-py3-none-any.whl") })
    #expect(local.error?.contains("non-http") ?? false)
    #expect(local.members.isEmpty)
  }
}
