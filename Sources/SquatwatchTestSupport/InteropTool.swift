public import Foundation

/// Finds the real index servers the interop tests run.
///
/// pypiserver and devpi-server live in `.build/venv`, nginx on the system. `make test` installs all of them
/// (`make interop-deps`); a missing one fails the test, never skips it.
public enum InteropTool {
  /// `.build/venv/bin/<program>`, the virtual environment `make interop-deps` fills from PyPI.
  public static func venv(_ program: String, package: String) throws -> URL {
    let url = venvDirectory.appendingPathComponent("bin").appendingPathComponent(program)
    guard FileManager.default.isExecutableFile(atPath: url.path) else {
      throw InteropToolMissing(program: program, package: package, searched: url.path)
    }
    return url
  }

  /// A program from the system (`PATH`, then the sbin folders a non-root `PATH` often lacks).
  public static func system(_ program: String, package: String) throws -> URL {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    let folders = path.split(separator: ":").map(String.init) + ["/usr/sbin", "/usr/local/sbin", "/sbin"]
    for folder in folders {
      let url = URL(fileURLWithPath: folder).appendingPathComponent(program)
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    throw InteropToolMissing(program: program, package: package, searched: "PATH and /usr/sbin")
  }

  /// The package's `.build/venv`: found above the running test binary, which lives under `.build`.
  static var venvDirectory: URL {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.deletingLastPathComponent()
    while directory.path != "/" {
      if directory.lastPathComponent == ".build" { return directory.appendingPathComponent("venv") }
      directory.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build/venv")
  }
}
