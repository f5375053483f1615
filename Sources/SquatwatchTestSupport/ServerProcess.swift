public import Foundation
import NIOCore
import NIOPosix

/// A real server program started for a test on 127.0.0.1, stopped by its pid when the test ends.
///
/// Start-up is awaited by connecting to the port, so a test never races the
/// server; a program that exits early fails with the end of its log.
public final class ServerProcess {
  /// A short name for messages, such as `devpi-server`.
  public let name: String
  /// The port the server listens on.
  public let port: Int
  private let process = Process()
  private let log: URL

  /// Starts `executable` and waits until `port` on 127.0.0.1 accepts connections.
  ///
  /// - Parameters:
  ///   - log: file receiving the program's stdout and stderr.
  ///   - startupTimeout: seconds to wait for the port.
  /// - Throws: `ServerProcessFailed` when the program exits first or the port stays closed.
  public init(
    name: String, executable: URL, arguments: [String], port: Int, log: URL, startupTimeout: Double = 60
  ) throws {
    self.name = name
    self.port = port
    self.log = log
    // A failure here surfaces on the next line, which opens the file.
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
    let output = try FileHandle(forWritingTo: log)
    process.executableURL = executable
    process.arguments = arguments
    process.standardOutput = output
    process.standardError = output
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(startupTimeout)
    while !Self.accepts(port: port) {
      guard process.isRunning else {
        throw ServerProcessFailed(
          name: name, reason: "exited with status \(process.terminationStatus) before listening on port \(port)",
          log: logTail())
      }
      guard Date() < deadline else {
        shutdown()
        throw ServerProcessFailed(
          name: name, reason: "did not listen on port \(port) within \(Int(startupTimeout)) s", log: logTail())
      }
      Thread.sleep(forTimeInterval: 0.1)
    }
  }

  /// The server's process id.
  public var pid: Int32 { process.processIdentifier }

  /// `http://127.0.0.1:<port>`.
  public var origin: String { "http://127.0.0.1:\(port)" }

  /// Whether the program is still running.
  public var isRunning: Bool { process.isRunning }

  /// Stops the server: SIGTERM to its pid, SIGKILL if it is still running five seconds later.
  public func shutdown() {
    guard process.isRunning else { return }
    kill(pid, SIGTERM)
    let deadline = Date().addingTimeInterval(5)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    if process.isRunning { kill(pid, SIGKILL) }
    process.waitUntilExit()
  }

  /// The last lines the program wrote, for failure messages.
  public func logTail(lines: Int = 20) -> String {
    let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
    return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines).joined(separator: "\n")
  }

  deinit {
    shutdown()
  }

  /// A port on 127.0.0.1 that was free a moment ago.
  public static func freePort() throws -> Int {
    let channel = try ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
      .bind(host: "127.0.0.1", port: 0).wait()
    defer { try? channel.close().wait() }
    guard let port = channel.localAddress?.port else {
      throw ServerProcessFailed(name: "port allocation", reason: "no local port bound", log: "")
    }
    return port
  }

  /// Whether something accepts TCP connections on `port` of 127.0.0.1.
  static func accepts(port: Int) -> Bool {
    let bootstrap = ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton).connectTimeout(.seconds(1))
    guard let channel = try? bootstrap.connect(host: "127.0.0.1", port: port).wait() else { return false }
    try? channel.close().wait()
    return true
  }
}
