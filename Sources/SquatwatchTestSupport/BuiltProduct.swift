public import Foundation

/// Executables built next to the test bundle, for tests that run the real command line.
public enum BuiltProduct {
  /// The path of a product built in the same build folder as the running tests.
  public static func url(_ name: String) throws -> URL {
    let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [directory, directory.deletingLastPathComponent()].map { $0.appendingPathComponent(name) }
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
      throw BuiltProductMissing(name: name, searched: directory.path)
    }
    return found
  }

  /// Runs a product to completion and returns its exit status, stdout and stderr.
  public static func run(_ name: String, _ arguments: [String], environment: [String: String]? = nil) throws
    -> (status: Int32, stdout: String, stderr: String)
  {
    try run(executable: try url(name), arguments, environment: environment)
  }

  /// Runs any program to completion and returns its exit status, stdout and stderr.
  public static func run(executable: URL, _ arguments: [String], environment: [String: String]? = nil) throws
    -> (status: Int32, stdout: String, stderr: String)
  {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let environment { process.environment = environment }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
  }
}

/// A product the tests need was not built; `swift build --build-tests` builds every product.
public struct BuiltProductMissing: Error, CustomStringConvertible {
  public var name: String
  public var searched: String
  public var description: String { "\(name) is not built in \(searched); run `swift build --build-tests` first" }
}
