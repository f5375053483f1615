import Foundation

/// The index's base URL, split from any credentials in its user-info.
///
/// Everything that is displayed, logged or cached uses `redacted`, never the original string.
public struct IndexURL: Sendable, Hashable {
  /// The simple API base, ending in `/`, without user-info.
  public let simpleBase: String
  /// Scheme, host and port, for example `https://pypi.org`.
  public let origin: String
  /// The host, lowercased.
  public let host: String
  /// The explicit port, if the URL gives one.
  public let port: Int?
  /// Credentials taken from the URL's user-info, if any.
  public let credentials: IndexCredentials?

  /// Parses a user-supplied index URL such as `https://user:token@example.com/simple`.
  ///
  /// - Throws: `usage` when the URL is not an absolute http(s) URL.
  public init(_ string: String) throws(SquatwatchError) {
    guard var components = URLComponents(string: string),
      let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
      let host = components.host, !host.isEmpty
    else {
      throw SquatwatchError(.usage, "--index-url must be an absolute http(s) URL, e.g. https://pypi.org/simple/")
    }
    if let user = components.user {
      credentials = IndexCredentials(
        username: user.removingPercentEncoding ?? user,
        password: (components.password ?? "").removingPercentEncoding ?? components.password ?? "")
    } else {
      credentials = nil
    }
    components.user = nil
    components.password = nil
    components.query = nil
    components.fragment = nil
    if !components.path.hasSuffix("/") { components.path += "/" }
    self.host = host.lowercased()
    self.port = components.port
    let port = components.port.map { ":\($0)" } ?? ""
    origin = "\(scheme)://\(components.host ?? host)\(port)"
    simpleBase = components.string ?? origin + "/"
  }

  /// The URL of a project's simple page.
  public func projectPage(_ name: String) -> String { simpleBase + name + "/" }

  /// The JSON API document's URL, derived like bandersnatch does: the base minus `/simple`.
  public func jsonAPI(_ name: String) -> String { jsonAPIBase + "pypi/" + name + "/json" }

  private var jsonAPIBase: String {
    var base = simpleBase
    if base.hasSuffix("/simple/") { base.removeLast("simple/".count) }
    if base.hasSuffix("/+simple/") { base.removeLast("+simple/".count) }
    return base
  }

  /// Whether `url` points at the index's own origin (credentials may be sent there).
  public func isSameOrigin(_ url: String) -> Bool {
    guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
      let host = components.host?.lowercased()
    else { return false }
    let port = components.port.map { ":\($0)" } ?? ""
    return "\(scheme)://\(host)\(port)" == origin.lowercased()
  }

  /// Resolves a possibly relative link against `base` (a page's URL, parsed once for all its links).
  static func resolve(_ link: String, against base: URL?) -> String? {
    guard let base, let url = URL(string: link, relativeTo: base) else { return nil }
    return url.absoluteString
  }

  /// The URL for display: no user-info, no query.
  public var redacted: String { simpleBase }
}
