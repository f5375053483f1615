import Foundation
import SquatwatchTestSupport

/// The programs and reference files the report tests use beyond Swift: the JSON-schema validator and bandersnatch
/// in the project's venv, Debian's headless Chromium, and `../shared/data`.
///
/// `make test-deps` installs the first two;
/// a missing one fails the test with a message saying so, never a silent pass.
enum ExternalTools {
  struct Missing: Error, CustomStringConvertible {
    var description: String
  }

  /// The package root, found from this file's path (Tests/SquatwatchKitTests/Reports/).
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The venv's Python, which has `jsonschema` and `bandersnatch`.
  static func python() throws -> URL {
    let url = packageRoot.appendingPathComponent(".build/venv/bin/python")
    guard FileManager.default.isExecutableFile(atPath: url.path) else {
      throw Missing(description: "\(url.path) is missing; run `make test-deps` (a venv with jsonschema)")
    }
    return url
  }

  /// Runs `script` with the venv's Python, which has bandersnatch installed from PyPI.
  static func bandersnatch(_ script: String, _ arguments: [String]) throws -> (
    status: Int32, stdout: String, stderr: String
  ) {
    let python = try python()
    let probe = try run(python, ["-c", "import bandersnatch"])
    guard probe.status == 0 else {
      throw Missing(description: "bandersnatch is not installed in \(python.path); run `make test-deps`")
    }
    return try run(python, ["-c", script] + arguments)
  }

  /// Debian's `chromium`.
  static func chromium() throws -> URL {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":").map(String.init) + ["/usr/bin"] {
      let url = URL(fileURLWithPath: directory).appendingPathComponent("chromium")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    throw Missing(description: "chromium is not installed; run `make test-deps` (Debian package chromium)")
  }

  /// A reference file beside the project in `../shared/data`.
  static func sharedData(_ name: String) throws -> URL {
    let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/\(name)")
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw Missing(description: "the reference file \(url.path) is missing (see ../shared/data/README.md)")
    }
    return url
  }

  /// Runs `executable` to completion.
  static func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
    try BuiltProduct.run(executable: executable, arguments)
  }
}
