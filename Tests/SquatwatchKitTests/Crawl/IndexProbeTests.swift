import Foundation
import SquatwatchKit
import SquatwatchTestSupport
import Testing

/// A response that is not an index stops the run at once, with one line naming the URL and the cause.
@Suite(.tags(.server)) struct IndexProbeTests {
  static func crawlError(_ reply: FixtureServer.Reply) throws -> SquatwatchError? {
    let server = try FixtureServer { _ in reply }
    defer { server.shutdown() }
    return crawlError(url: server.origin + "/simple/")
  }

  static func crawlError(url: String) -> SquatwatchError? {
    do {
      let cache = try TemporaryDirectory()
      _ = try CrawlerTests.crawl(url, cache: cache)
      return nil
    } catch let error as SquatwatchError {
      return error
    } catch {
      return nil
    }
  }

  @Test func stopsOnALoginPage() throws {
    let login = #"<html><body><form action="/login"><input type="password"></form></body></html>"#
    let error = try #require(
      try Self.crawlError(.response(status: 200, headers: ["Content-Type": "text/html"], body: Data(login.utf8))))
    #expect(error.code == .notAnIndex)
    #expect(error.message.contains("login page"))
    #expect(error.message.contains("http://127.0.0.1"))
  }

  @Test func stopsOnAccessDenied() throws {
    for status in [401, 403] {
      let error = try #require(try Self.crawlError(.response(status: status, headers: [:], body: Data())))
      #expect(error.code == .notAnIndex)
      #expect(error.message.contains("HTTP \(status)"))
      #expect(ExitStatus(for: error) == .crawlFailed)
    }
  }

  @Test func stopsOnARedirectToAnotherHost() throws {
    let error = try #require(
      try Self.crawlError(
        .response(status: 302, headers: ["Location": "https://pypi.org/simple/"], body: Data())))
    #expect(error.code == .foreignRedirect)
    #expect(error.message.contains("pypi.org"))
  }

  @Test func stopsOnAWrongContentType() throws {
    let error = try #require(
      try Self.crawlError(.response(status: 200, headers: ["Content-Type": "image/png"], body: Data([0x89]))))
    #expect(error.code == .notAnIndex)
    #expect(error.message.contains("image/png"))
  }

  @Test func stopsWhenTheIndexIsUnreachable() throws {
    // A port that was just free: nothing listens there.
    let server = try FixtureServer { _ in .reset }
    let url = server.origin + "/simple/"
    server.shutdown()
    let error = try #require(Self.crawlError(url: url))
    #expect(error.code == .transport)
    #expect(error.message.contains(url))
  }
}
