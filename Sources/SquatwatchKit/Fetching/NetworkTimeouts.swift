/// How long the network may take before a transfer is abandoned, in whole seconds.
///
/// A registry that accepts connections and then goes silent must cost a
/// bounded time per request; the stall timeout is what catches a server that
/// sends its headers and then nothing.
public struct NetworkTimeouts: Sendable {
  /// Seconds to establish a connection (TCP and TLS).
  public var connect: Int
  /// Seconds one whole transfer may take.
  public var total: Int
  /// Seconds a transfer may receive less than one byte per second before it is abandoned.
  public var stall: Int

  public init(connect: Int = 10, total: Int = 120, stall: Int = 30) {
    self.connect = max(1, connect)
    self.total = max(1, total)
    self.stall = max(1, min(stall, self.total))
  }
}
