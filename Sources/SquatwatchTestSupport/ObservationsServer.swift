public import Foundation
import Synchronization

/// PyPI's observations API (`POST /danger-api/projects/<name>/observations`) on 127.0.0.1, answering with the
/// statuses and bodies Warehouse documents and sends.
///
/// - 202 `{"project": <name>, "thanks": "for the observation"}` for a valid observation by a valid token;
/// - 400 for a body that breaks the `Observation` schema (`kind` one of four, `summary` a string, `inspector_url`
///   matching `https://inspector.pypi.io/project/…` and required for `is_malware`: `{"error": "missing required
///   fields", "missing": [...], "project": <name>}`), for the wrong media type, and for the projects in `refusing`
///   (standing in for an observation Warehouse finds invalid, which squatwatch never builds);
/// - 401 without a valid `Authorization: Bearer` token, 403 for a token without observer access;
/// - 404 for a project it does not have;
/// - 429 with `Retry-After: 1` for the first `rateLimited[project]` requests about a project.
public final class ObservationsServer: Sendable {
  /// One observation the server accepted.
  public struct Accepted: Hashable, Sendable {
    public var project: String
    public var kind: String
    public var summary: String
  }

  public static let mediaType = "application/vnd.pypi.api-v0-danger+json"

  private let server: FixtureServer
  private let state: State

  private final class State: Sendable {
    let accepted = Mutex<[Accepted]>([])
    let limited = Mutex<[String: Int]>([:])
  }

  /// Starts the server.
  ///
  /// - Parameters:
  ///   - projects: the projects PyPI has; observations about others get 404.
  ///   - observerToken: the token with observer access; `readOnlyToken` is valid but lacks it.
  public init(
    projects: Set<String>, observerToken: String, readOnlyToken: String = "pypi-read-only",
    refusing: Set<String> = [], rateLimited: [String: Int] = [:]
  ) throws {
    let state = State()
    state.limited.withLock { $0 = rateLimited }
    self.state = state
    server = try FixtureServer { request in
      ObservationsServer.answer(
        request, projects: projects, observerToken: observerToken, readOnlyToken: readOnlyToken,
        refusing: refusing, state: state)
    }
  }

  /// `http://127.0.0.1:<port>`, the `--api-url`.
  public var origin: String { server.origin }
  public var requests: [FixtureServer.Request] { server.requests }
  /// The observations accepted, in order.
  public var accepted: [Accepted] { state.accepted.withLock { $0 } }

  public func shutdown() { server.shutdown() }

  private static func answer(
    _ request: FixtureServer.Request, projects: Set<String>, observerToken: String, readOnlyToken: String,
    refusing: Set<String>, state: State
  ) -> FixtureServer.Reply {
    let parts = request.path.split(separator: "/")
    guard request.method == "POST", parts.count == 4, parts[0] == "danger-api", parts[1] == "projects",
      parts[3] == "observations"
    else { return json(404, ["message": "Not Found"]) }
    let project = String(parts[2])
    switch request.headers["authorization"] {
    case "Bearer \(observerToken)": break
    case "Bearer \(readOnlyToken)": return json(403, ["message": "Insufficient permissions: api:observations:add"])
    default: return json(401, ["message": "Invalid or missing API token"])
    }
    guard request.headers["content-type"] == mediaType, request.headers["accept"]?.contains(mediaType) == true else {
      return json(400, ["message": "Content-Type and Accept must be \(mediaType)"])
    }
    let waits = state.limited.withLock { limited in
      let left = limited[project] ?? 0
      if left > 0 { limited[project] = left - 1 }
      return left
    }
    if waits > 0 {
      return .response(
        status: 429, headers: ["Content-Type": "application/json", "Retry-After": "1"],
        body: Data(#"{"message": "Too many requests"}"#.utf8))
    }
    guard projects.contains(project) else { return json(404, ["message": "Not Found"]) }
    guard let body = try? JSONSerialization.jsonObject(with: request.body) as? [String: Any],
      let kind = body["kind"] as? String, let summary = body["summary"] as? String
    else { return json(400, ["message": "'kind' and 'summary' are required properties"]) }
    guard ["is_malware", "is_spam", "is_dependency_confusion", "something_else"].contains(kind) else {
      return json(400, ["message": "'\(kind)' is not one of the observation kinds"])
    }
    if let url = body["inspector_url"] as? String, !url.hasPrefix("https://inspector.pypi.io/project/") {
      return json(400, ["message": "inspector_url does not match ^https://inspector.pypi.io/project/.*"])
    }
    if refusing.contains(project) || (kind == "is_malware" && body["inspector_url"] == nil) {
      return json(400, ["error": "missing required fields", "missing": ["inspector_url"], "project": project])
    }
    state.accepted.withLock { $0.append(Accepted(project: project, kind: kind, summary: summary)) }
    return json(202, ["project": project, "thanks": "for the observation"])
  }

  private static func json(_ status: Int, _ object: [String: Any]) -> FixtureServer.Reply {
    let body = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    return .response(status: status, headers: ["Content-Type": mediaType], body: body)
  }
}
