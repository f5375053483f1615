import Foundation
import SquatwatchKit
import SquatwatchTestSupport
import Testing

/// Credentials reach the private index, and nothing else: not another host, a log, the cache or an error.
@Suite(.tags(.server, .process)) struct CredentialTests {
  static let secret = "pw-Zq81-never-shown"
  static let expectedAuthorization = "Basic " + Data("auditor:\(secret)".utf8).base64EncodedString()

  /// A private index that demands the credentials, with one project whose page redirects to another host.
  static func privateIndex(elsewhere: FixtureServer) throws -> FixtureServer {
    let json = ["Content-Type": "application/vnd.pypi.simple.v1+json"]
    return try FixtureServer { request in
      guard request.headers["authorization"] == expectedAuthorization else {
        return .response(status: 401, headers: ["WWW-Authenticate": "Basic realm=\"idx\""], body: Data())
      }
      switch request.path {
      case "/simple/":
        return .response(
          status: 200, headers: json,
          body: Data(#"{"meta":{"api-version":"1.1"},"projects":[{"name":"inhouse"},{"name":"forwarded"}]}"#.utf8))
      case "/simple/inhouse/":
        return .response(
          status: 200, headers: json,
          body: Data(#"{"meta":{"api-version":"1.1"},"name":"inhouse","files":[]}"#.utf8))
      case "/simple/forwarded/":
        return .response(status: 303, headers: ["Location": elsewhere.origin + "/simple/forwarded/"], body: Data())
      default:
        return .response(status: 404, headers: [:], body: Data())
      }
    }
  }

  static func assertNoSecret(in cache: TemporaryDirectory, output: String) throws {
    #expect(!output.contains(secret))
    let files = try FileManager.default.subpathsOfDirectory(atPath: cache.path)
    for file in files {
      let data = (try? Data(contentsOf: cache.url.appendingPathComponent(file))) ?? Data()
      #expect(data.range(of: Data(secret.utf8)) == nil, "the secret is in \(file)")
    }
  }

  @Test(arguments: ["url", "netrc", "environment"])
  func reachTheIndexOnlyAndAreNeverWrittenDown(source: String) throws {
    let elsewhere = try FixtureServer { _ in .response(status: 404, headers: [:], body: Data()) }
    defer { elsewhere.shutdown() }
    let index = try Self.privateIndex(elsewhere: elsewhere)
    defer { index.shutdown() }
    let home = try TemporaryDirectory(prefix: "home")
    let cache = try TemporaryDirectory()
    var environment = ["HOME": home.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"]
    var url = index.origin + "/simple/"
    switch source {
    case "url":
      url = "http://auditor:\(Self.secret)@127.0.0.1:\(index.port)/simple/"
    case "netrc":
      try "machine 127.0.0.1 login auditor password \(Self.secret)\n".write(
        to: home.url.appendingPathComponent(".netrc"), atomically: true, encoding: .utf8)
    default:
      environment["SQUATWATCH_INDEX_AUTH"] = "auditor:\(Self.secret)"
    }
    let run = try BuiltProduct.run(
      "squatwatch", ["crawl", "--index-url", url, "--cache-dir", cache.path, "--verbose", "--no-inspect"],
      environment: environment)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.contains("fetched 1"))
    #expect(run.stderr.contains("redirects to another host (127.0.0.1:\(elsewhere.port)); not followed"))
    #expect(elsewhere.requests.isEmpty, "a redirect to another host was followed")
    try Self.assertNoSecret(in: cache, output: run.stdout + run.stderr)
  }

  @Test func wrongCredentialsFailWithoutEchoingThem() throws {
    let elsewhere = try FixtureServer { _ in .response(status: 404, headers: [:], body: Data()) }
    defer { elsewhere.shutdown() }
    let index = try Self.privateIndex(elsewhere: elsewhere)
    defer { index.shutdown() }
    let cache = try TemporaryDirectory()
    let url = "http://auditor:wrong-\(Self.secret)@127.0.0.1:\(index.port)/simple/"
    let run = try BuiltProduct.run("squatwatch", ["crawl", "--index-url", url, "--cache-dir", cache.path])
    #expect(run.status == ExitStatus.crawlFailed.rawValue)
    #expect(run.stderr.contains("access denied (HTTP 401)"))
    #expect(run.stderr.split(separator: "\n").count == 1)
    try Self.assertNoSecret(in: cache, output: run.stdout + run.stderr)
  }
}
