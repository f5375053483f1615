/// A server program did not start.
public struct ServerProcessFailed: Error, CustomStringConvertible {
  public var name: String
  public var reason: String
  public var log: String
  public var description: String { "\(name) \(reason)\(log.isEmpty ? "" : "; its log ends:\n\(log)")" }
}
