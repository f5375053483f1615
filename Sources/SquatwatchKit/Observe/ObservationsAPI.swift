import Foundation

/// PyPI's observations API (the v0 "danger" API) at one base URL: where an observation about a project goes.
///
/// The token travels in a header, so the API must be HTTPS; plain HTTP is accepted only on this machine's
/// loopback, where a test server or a local proxy listens.
public struct ObservationsAPI: Sendable, Hashable {
  /// The media type the API takes and answers, for both `Content-Type` and `Accept`.
  static let mediaType = "application/vnd.pypi.api-v0-danger+json"

  /// Scheme, host, port and any path prefix, without a trailing `/`, for example `https://pypi.org`.
  public let base: String
  /// The key of the cache beside it: the host and port, as a crawl of the same host uses.
  public let cacheKey: String

  /// Parses `--api-url`.
  ///
  /// - Throws: `usage` when it is not an absolute URL, carries credentials, a query or a fragment, or is plain
  ///   HTTP to a host other than the loopback.
  public init(_ string: String) throws(SquatwatchError) {
    guard let components = URLComponents(string: string), let scheme = components.scheme?.lowercased(),
      scheme == "https" || scheme == "http", let host = components.host?.lowercased(), !host.isEmpty
    else {
      throw SquatwatchError(.usage, "--api-url must be an absolute https URL such as https://pypi.org")
    }
    guard components.user == nil && components.password == nil else {
      throw SquatwatchError(
        .usage, "--api-url must not carry credentials; give the token in \(ObserverToken.environmentVariable)")
    }
    guard components.query == nil && components.fragment == nil else {
      throw SquatwatchError(.usage, "--api-url must not have a query or fragment")
    }
    guard scheme == "https" || ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host) || host.hasPrefix("127.")
    else {
      throw SquatwatchError(
        .usage, "--api-url must be https: the token would cross the network in clear text (http only to localhost)")
    }
    var path = components.percentEncodedPath
    while path.hasSuffix("/") { path.removeLast() }
    let port = components.port.map { ":\($0)" } ?? ""
    let hostText = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    base = "\(scheme)://\(hostText)\(port)\(path)"
    cacheKey = host + (components.port.map { "_\($0)" } ?? "")
  }

  /// The URL observations about `project` (a normalized name) are posted to.
  func observationsURL(project: String) -> String { "\(base)/danger-api/projects/\(project)/observations" }
}
