/// A failure shown to users: what went wrong, for which item, and why.
///
/// Modelled on swift-nio's extensible error structs: a stable `code` that
/// automation can match on, a human `message`, and an optional underlying
/// `cause`. New codes can be added without breaking callers.
public struct SquatwatchError: Error, Sendable, CustomStringConvertible {
  /// The kind of failure.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    private let name: String
    private init(_ name: String) { self.name = name }
    public var description: String { name }

    /// The network failed: DNS, connect, reset, timeout.
    public static let transport = Code("transport")
    /// libcurl refused an option (or could not report a transfer's details): that transfer fails, and is not
    /// retried.
    public static let libcurl = Code("libcurl")
    /// libcurl refused to turn on TLS certificate verification: the run stops rather than fetch unverified.
    public static let tlsVerification = Code("tls-verification")
    /// The server answered with a status squatwatch cannot use.
    public static let httpStatus = Code("http-status")
    /// The server has no such page or file (404, 410).
    public static let notFound = Code("not-found")
    /// The response is not a package index (login page, wrong type, foreign redirect).
    public static let notAnIndex = Code("not-an-index")
    /// A page, document or archive could not be parsed.
    public static let malformed = Code("malformed")
    /// A body or member exceeded a size cap.
    public static let tooLarge = Code("too-large")
    /// The on-disk cache could not be read or written.
    public static let cache = Code("cache")
    /// The user's options or input files are invalid.
    public static let usage = Code("usage")
    /// A redirect to another host, which squatwatch never follows (pypiserver and GitLab forward to pypi.org).
    public static let foreignRedirect = Code("foreign-redirect")
    /// Another squatwatch run holds the cache.
    public static let locked = Code("locked")
  }

  public var code: Code
  public var message: String
  public var cause: (any Error & Sendable)?

  public init(_ code: Code, _ message: String, cause: (any Error & Sendable)? = nil) {
    self.code = code
    self.message = message
    self.cause = cause
  }

  public var description: String {
    guard let cause else { return message }
    return "\(message) (\(cause))"
  }
}
