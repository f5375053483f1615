/// Makes one `Transport` per worker, so C handles never cross threads while in use.
public protocol TransportFactory: Sendable {
  /// A new transport for the calling worker.
  func makeTransport() -> any Transport
}
