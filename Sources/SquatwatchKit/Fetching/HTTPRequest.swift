public import Foundation

/// One request, as the crawler, the inspector and `observe` describe it to a transport: a GET, or a POST when it
/// carries a body.
public struct HTTPRequest {
  /// The absolute URL, without credentials.
  public var url: String
  /// Extra request headers, for example `Accept`, `If-None-Match`.
  public var headers: [(name: String, value: String)]
  /// A byte range such as `0-1023` or `-16384`; ranges turn transfer compression off.
  public var range: String?
  /// The largest body accepted; a longer body fails the request with `tooLarge`.
  public var bodyLimit: Int
  /// Called with each piece of the body as it arrives; return false to stop the transfer early.
  public var stream: ((Data) -> Bool)?
  /// The body to POST; nil for a GET.
  public var body: Data?

  public init(
    url: String, headers: [(name: String, value: String)] = [], range: String? = nil,
    bodyLimit: Int = 64 << 20, stream: ((Data) -> Bool)? = nil, body: Data? = nil
  ) {
    self.url = url
    self.headers = headers
    self.range = range
    self.bodyLimit = bodyLimit
    self.stream = stream
    self.body = body
  }
}
