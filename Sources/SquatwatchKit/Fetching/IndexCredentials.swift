/// A user name and password (or token) for a private index.
///
/// Its description is redacted so it can never reach a log, a report or an error message by accident.
public struct IndexCredentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
  public var username: String
  public var password: String

  public init(username: String, password: String) {
    self.username = username
    self.password = password
  }

  public var description: String { "<credentials redacted>" }
  public var debugDescription: String { description }
}
