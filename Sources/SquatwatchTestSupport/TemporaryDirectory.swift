public import Foundation

/// A directory under the system temporary directory, removed when released.
public final class TemporaryDirectory: Sendable {
  public let url: URL

  public init(prefix: String = "squatwatch-test") throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  public var path: String { url.path }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }
}
