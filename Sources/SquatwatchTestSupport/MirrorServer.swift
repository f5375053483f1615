public import Foundation
import SquatwatchKit

/// Serves a bandersnatch-layout directory over real HTTP, the way its nginx configuration does.
///
/// In `.json` mode it negotiates PEP 691 JSON on `Accept` and serves the JSON
/// API; in `.htmlOnly` mode it behaves like an HTML-only index (Nexus,
/// Artifactory, pypiserver): HTML pages only, no JSON API, no serials.
/// `override` lets a test replace any answer (faults, stale pages, 429s).
public final class MirrorServer: Sendable {
  /// The dialect served.
  public enum Dialect: Sendable {
    case json
    case htmlOnly
  }

  private let server: FixtureServer

  /// Starts serving `directory` (the folder holding `web/`).
  ///
  /// - Parameters:
  ///   - latency: seconds every answer is held back, to make a crawl slow enough to interrupt.
  ///   - honoursRange: false makes the server answer every range request with the whole file.
  ///   - override: called first for every request; a non-nil reply replaces the normal answer.
  public init(
    directory: URL, dialect: Dialect, latency: Double = 0, honoursRange: Bool = true,
    override: @escaping @Sendable (FixtureServer.Request) -> FixtureServer.Reply? = { _ in nil }
  ) throws {
    let web = directory.appendingPathComponent("web").standardizedFileURL
    server = try FixtureServer { request in
      var request = request
      if !honoursRange { request.headers["range"] = nil }
      let reply = override(request) ?? MirrorServer.answer(request, web: web, dialect: dialect)
      return latency > 0 ? .delayed(seconds: latency, reply) : reply
    }
  }

  public var port: Int { server.port }
  public var origin: String { server.origin }
  /// The simple index URL, `http://127.0.0.1:<port>/simple/`.
  public var indexURL: String { server.origin + "/simple/" }
  public var requests: [FixtureServer.Request] { server.requests }

  public func shutdown() { server.shutdown() }

  private static func answer(_ request: FixtureServer.Request, web: URL, dialect: Dialect) -> FixtureServer.Reply {
    let path = request.path.split(separator: "?").first.map(String.init) ?? request.path
    guard !path.contains("..") else { return .response(status: 404, headers: [:], body: Data()) }
    var file = web.appendingPathComponent(String(path.dropFirst()))
    var type = "application/octet-stream"
    if path.hasPrefix("/simple") {
      if !path.hasSuffix("/") { return .response(status: 301, headers: ["Location": path + "/"], body: Data()) }
      let json = file.appendingPathComponent("index.v1_json")
      let wantsJSON = request.headers["accept"]?.contains("application/vnd.pypi.simple.v1+json") ?? false
      if dialect == .json && wantsJSON && FileManager.default.fileExists(atPath: json.path) {
        file = json
        type = "application/vnd.pypi.simple.v1+json"
      } else {
        file = file.appendingPathComponent("index.html")
        type = "text/html"
      }
    } else if path.hasPrefix("/pypi/") {
      guard dialect == .json else { return .response(status: 404, headers: [:], body: Data()) }
      type = "application/json"
    }
    guard let body = try? Data(contentsOf: file) else {
      return .response(status: 404, headers: ["Content-Type": "text/html"], body: Data("not found".utf8))
    }
    if dialect == .htmlOnly && type == "text/html" {
      // HTML-only servers carry no serials: drop bandersnatch's trailing SERIAL comment.
      let text = String(decoding: body, as: UTF8.self)
      let stripped = text.replacingOccurrences(of: #"<!--SERIAL \d+-->"#, with: "", options: .regularExpression)
      return reply(Data(stripped.utf8), type: type, request: request)
    }
    return reply(body, type: type, request: request)
  }

  private static func reply(_ body: Data, type: String, request: FixtureServer.Request) -> FixtureServer.Reply {
    let etag = "\"\(SHA256Digest.hex(of: body).prefix(16))\""
    var headers = ["Content-Type": type, "ETag": etag, "Accept-Ranges": "bytes"]
    if request.headers["if-none-match"] == etag { return .response(status: 304, headers: headers, body: Data()) }
    if let range = request.headers["range"], range.hasPrefix("bytes="), !body.isEmpty {
      let spec = range.dropFirst(6).split(separator: "-", omittingEmptySubsequences: false)
      var lower = 0
      var upper = body.count - 1
      if spec.count == 2 {
        if spec[0].isEmpty, let suffix = Int(spec[1]) {
          lower = max(0, body.count - suffix)
        } else if let first = Int(spec[0]) {
          lower = min(first, body.count - 1)
          upper = Int(spec[1]).map { min($0, body.count - 1) } ?? upper
        }
      }
      headers["Content-Range"] = "bytes \(lower)-\(upper)/\(body.count)"
      return .response(status: 206, headers: headers, body: body.subdata(in: lower..<(upper + 1)))
    }
    return .response(status: 200, headers: headers, body: body)
  }
}
