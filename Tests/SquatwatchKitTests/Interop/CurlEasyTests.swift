import Foundation
import SquatwatchKit
import SquatwatchTestSupport
import Testing

/// Options libcurl refuses fail the transfer with an error naming the option, instead of being ignored.
@Suite struct CurlEasyTests {
  /// libcurl refuses any string option longer than 8,000,000 bytes (CURL_MAX_INPUT_LENGTH).
  static let overlongPath = "/packages/" + String(repeating: "a", count: 8_000_001) + "-1.0-py3-none-any.whl"

  @Test func aURLLibcurlRefusesFailsTheTransferNamingTheOption() {
    let transport = CurlTransportFactory(index: nil, credentials: nil).makeTransport()
    // Port 9 (discard) is never contacted: the transfer fails while it is being set up.
    #expect {
      _ = try transport.send(HTTPRequest(url: "http://127.0.0.1:9" + Self.overlongPath))
    } throws: { error in
      let failure = error as? SquatwatchError
      return failure?.code == .libcurl
        && failure?.description == "cannot set CURLOPT_URL: A libcurl function was given a bad argument"
    }
    // The handle is reset for the next request: a refused option leaves nothing behind.
    #expect(throws: SquatwatchError.self) {
      _ = try transport.send(HTTPRequest(url: "http://127.0.0.1:9/simple/"))
    }
  }

  /// A hostile page linking a file by a URL libcurl refuses: that file's inspection says so, nothing is requested
  /// for it, it is not retried, and the crawl goes on.
  @Test(.tags(.server)) func aDistributionURLLibcurlRefusesIsThatFilesOwnError() throws {
    let json = ["Content-Type": "application/vnd.pypi.simple.v1+json"]
    let file =
      #"{"filename":"huge-1.0-py3-none-any.whl","url":"\#(Self.overlongPath)","hashes":{"sha256":"\#(String(repeating: "0", count: 64))"}}"#
    let server = try FixtureServer { request in
      switch request.path {
      case "/simple/":
        return .response(
          status: 200, headers: json,
          body: Data(#"{"meta":{"api-version":"1.1"},"projects":[{"name":"huge"}]}"#.utf8))
      case "/simple/huge/":
        return .response(
          status: 200, headers: json,
          body: Data(#"{"meta":{"api-version":"1.1"},"name":"huge","files":[\#(file)]}"#.utf8))
      default:
        return .response(status: 404, headers: [:], body: Data())
      }
    }
    defer { server.shutdown() }
    let cache = try TemporaryDirectory()
    let summary = try InspectionCrawlTests.crawl(server.origin + "/simple/", cache: cache)
    #expect(summary.counts.failed == 0)
    let inspections = try CacheStore(directory: cache.url).records().flatMap(\.inspections)
    #expect(
      inspections.map(\.error)
        == ["libcurl: cannot set CURLOPT_URL: A libcurl function was given a bad argument"])
    #expect(!server.requests.contains { $0.path.hasPrefix("/packages/") })
  }
}
