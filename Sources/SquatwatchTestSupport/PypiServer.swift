public import Foundation

/// pypiserver (from PyPI, in `.build/venv`) serving a folder of wheels and sdists on 127.0.0.1.
///
/// It serves PEP 503 HTML only and derives project names from file names. Unless `fallback` is off it
/// answers a project it does not hold with a 303 to `https://pypi.org/simple/<project>/`.
public final class PypiServer {
  public let server: ServerProcess
  private let work: TemporaryDirectory

  /// Serves `packages` (a flat folder of distribution files).
  public init(packages: URL, fallback: Bool) throws {
    let executable = try InteropTool.venv("pypi-server", package: "pypiserver")
    work = try TemporaryDirectory(prefix: "pypiserver")
    let port = try ServerProcess.freePort()
    // `-a . -P .`: no authentication for anything, like a read-only internal index.
    var arguments = ["run", "--interface", "127.0.0.1", "--port", "\(port)", "-a", ".", "-P", "."]
    if !fallback { arguments.append("--disable-fallback") }
    arguments.append(packages.path)
    server = try ServerProcess(
      name: "pypiserver", executable: executable, arguments: arguments, port: port,
      log: work.url.appendingPathComponent("pypiserver.log"))
  }

  /// `http://127.0.0.1:<port>/simple/`.
  public var indexURL: String { server.origin + "/simple/" }

  public func shutdown() { server.shutdown() }
}
