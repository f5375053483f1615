import Dispatch
public import Foundation
import Synchronization

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// devpi-server (from PyPI, in `.build/venv`) on 127.0.0.1, with private indexes filled by uploads.
///
/// Indexes live at `/root/<index>/+simple/`; they inherit nothing (no `root/pypi` mirror), so nothing is
/// ever fetched from outside. Files are uploaded the way twine does, as `file_upload` form posts.
public final class DevpiServer {
  public let server: ServerProcess
  private let work: TemporaryDirectory
  private let auth: String

  /// Initialises a server folder, starts the server and logs in as `root`.
  public init() throws {
    work = try TemporaryDirectory(prefix: "devpi")
    let serverDirectory = work.url.appendingPathComponent("server").path
    let initialise = Process()
    initialise.executableURL = try InteropTool.venv("devpi-init", package: "devpi-server")
    initialise.arguments = ["--serverdir", serverDirectory, "--no-root-pypi"]
    initialise.standardOutput = FileHandle.nullDevice
    initialise.standardError = FileHandle.nullDevice
    try initialise.run()
    initialise.waitUntilExit()
    guard initialise.terminationStatus == 0 else {
      throw ServerProcessFailed(
        name: "devpi-init", reason: "exited with status \(initialise.terminationStatus)", log: "")
    }
    let port = try ServerProcess.freePort()
    // devpi derives its token key with argon2 at 512 MiB by default (20 s on a busy 2-core machine); devpi's
    // own test suite lowers the cost the same way.
    server = try ServerProcess(
      name: "devpi-server", executable: try InteropTool.venv("devpi-server", package: "devpi-server"),
      arguments: [
        "--serverdir", serverDirectory, "--host", "127.0.0.1", "--port", "\(port)",
        "--argon2-memory-cost", "8", "--argon2-time-cost", "1", "--argon2-parallelism", "1",
      ],
      port: port, log: work.url.appendingPathComponent("devpi.log"))
    // One login: a token is cheap to check, while Basic auth re-hashes the password on every upload.
    let login = try Self.send(
      method: "POST", url: server.origin + "/+login", headers: ["Content-Type": "application/json"],
      body: Data(#"{"user": "root", "password": ""}"#.utf8))
    guard login.status == 200,
      let object = try JSONSerialization.jsonObject(with: login.body) as? [String: Any],
      let result = object["result"] as? [String: Any], let token = result["password"] as? String
    else {
      throw ServerProcessFailed(name: "devpi-server", reason: "login as root answered HTTP \(login.status)", log: "")
    }
    auth = Data("root:\(token)".utf8).base64EncodedString()
  }

  /// Creates `root/<index>`, inheriting the projects of the indexes in `bases`, and uploads `files` into it.
  public func createIndex(_ index: String, bases: [String] = [], files: [URL]) throws {
    let configuration = try JSONSerialization.data(withJSONObject: [
      "bases": bases.map { "root/\($0)" }, "volatile": true,
    ])
    let created = try Self.send(
      method: "PUT", url: "\(server.origin)/root/\(index)",
      headers: ["Content-Type": "application/json", "X-Devpi-Auth": auth], body: configuration)
    guard created.status == 200 || created.status == 201 else {
      throw ServerProcessFailed(
        name: "devpi-server", reason: "creating root/\(index) answered HTTP \(created.status)", log: "")
    }
    let failures = Mutex<[String]>([])
    let (origin, auth) = (server.origin, auth)
    let lanes = 4
    DispatchQueue.concurrentPerform(iterations: lanes) { lane in
      for file in stride(from: lane, to: files.count, by: lanes).map({ files[$0] }) {
        do {
          try Self.upload(file, to: "\(origin)/root/\(index)/", auth: auth)
        } catch {
          failures.withLock { $0.append("\(file.lastPathComponent): \(error)") }
        }
      }
    }
    if let first = failures.withLock({ $0.first }) {
      throw ServerProcessFailed(name: "devpi-server", reason: "upload failed: \(first)", log: server.logTail())
    }
  }

  /// The simple index URL of `root/<index>`.
  public func indexURL(_ index: String) -> String { "\(server.origin)/root/\(index)/+simple/" }

  public func shutdown() { server.shutdown() }

  /// Posts one file to an index URL, as twine does.
  private static func upload(_ file: URL, to index: String, auth: String) throws {
    guard let (name, version) = Self.nameAndVersion(file.lastPathComponent) else {
      throw ServerProcessFailed(name: "upload", reason: "cannot read a name and version from the file name", log: "")
    }
    let boundary = "squatwatch-\(UUID().uuidString)"
    var body = Data()
    func field(_ field: String, _ value: String) {
      body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"\r\n\r\n\(value)\r\n".utf8))
    }
    field(":action", "file_upload")
    field("name", name)
    field("version", version)
    body.append(
      Data(
        ("--\(boundary)\r\nContent-Disposition: form-data; name=\"content\"; filename=\"\(file.lastPathComponent)\"\r\n"
          + "Content-Type: application/octet-stream\r\n\r\n").utf8))
    body.append(try Data(contentsOf: file))
    body.append(Data("\r\n--\(boundary)--\r\n".utf8))
    let reply = try Self.send(
      method: "POST", url: index,
      headers: ["Content-Type": "multipart/form-data; boundary=\(boundary)", "X-Devpi-Auth": auth], body: body)
    guard reply.status == 200 else {
      throw ServerProcessFailed(
        name: "upload", reason: "HTTP \(reply.status): \(String(decoding: reply.body.prefix(300), as: UTF8.self))",
        log: "")
    }
  }

  /// Project name and version from a wheel (`name-version-tags.whl`) or sdist (`name-version.tar.gz`) name.
  static func nameAndVersion(_ filename: String) -> (String, String)? {
    if filename.hasSuffix(".whl") {
      let parts = filename.split(separator: "-")
      return parts.count >= 5 ? (String(parts[0]), String(parts[1])) : nil
    }
    for suffix in [".tar.gz", ".zip"] where filename.hasSuffix(suffix) {
      let stem = filename.dropLast(suffix.count)
      guard let dash = stem.lastIndex(of: "-") else { return nil }
      return (String(stem[..<dash]), String(stem[stem.index(after: dash)...]))
    }
    return nil
  }

  /// One request, waited for.
  static func send(method: String, url: String, headers: [String: String], body: Data) throws
    -> (status: Int, body: Data)
  {
    guard let target = URL(string: url) else { throw URLError(.badURL) }
    var request = URLRequest(url: target, timeoutInterval: 60)
    request.httpMethod = method
    for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
    request.httpBody = body
    let outcome = Outcome()
    let done = DispatchSemaphore(value: 0)
    URLSession.shared.dataTask(with: request) { data, response, error in
      let status = (response as? HTTPURLResponse)?.statusCode ?? 0
      outcome.value.withLock { $0 = error.map { .failure($0) } ?? .success((status, data ?? Data())) }
      done.signal()
    }.resume()
    done.wait()
    switch outcome.value.withLock({ $0 }) {
    case .success(let reply): return reply
    case .failure(let error): throw error
    case nil: throw URLError(.unknown)
    }
  }

  /// A request's result, handed from URLSession's queue to the waiting caller.
  private final class Outcome: Sendable {
    let value = Mutex<Result<(status: Int, body: Data), any Error>?>(nil)
  }
}
