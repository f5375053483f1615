public import Foundation

/// The tail of a distribution file as a byte source delivered it.
public struct SuffixRead: Sendable {
  /// The bytes received.
  public var bytes: Data
  /// The file offset of the first byte in `bytes`.
  public var offset: Int
  /// The size of the whole file.
  public var totalSize: Int

  public init(bytes: Data, offset: Int, totalSize: Int) {
    self.bytes = bytes
    self.offset = offset
    self.totalSize = totalSize
  }

  /// Whether the source delivered the whole file (a small file, or a server that ignores Range).
  public var isWholeFile: Bool { offset == 0 && bytes.count == totalSize }
}
