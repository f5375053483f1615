import Foundation

/// Makes libcurl-backed transports that share DNS and TLS session caches.
public final class CurlTransportFactory: TransportFactory {
  private let share = CurlShare()
  private let settings: CurlEasy.Settings
  private let index: IndexURL?
  private let credentials: IndexCredentials?

  /// Creates a factory.
  ///
  /// - Parameters:
  ///   - index: the index whose origin may receive `credentials`; no other host ever does.
  ///   - credentials: user-info or environment credentials for the index.
  ///   - timeouts: connect, whole-transfer and stall timeouts.
  ///   - readsNetrc: whether libcurl may take credentials from `~/.netrc` (matched by host).
  public init(
    index: IndexURL?, credentials: IndexCredentials?, timeouts: NetworkTimeouts = NetworkTimeouts(),
    readsNetrc: Bool = true
  ) {
    CurlRuntime.initialize()
    self.index = index
    self.credentials = credentials
    settings = CurlEasy.Settings(
      userAgent:
        "squatwatch/\(SquatwatchVersion.current) (+\(SquatwatchVersion.projectURL)) libcurl/\(CurlRuntime.curlVersion)",
      connectTimeout: timeouts.connect, totalTimeout: timeouts.total, stallTimeout: timeouts.stall,
      readsNetrc: readsNetrc)
  }

  public func makeTransport() -> any Transport {
    CurlTransport(easy: CurlEasy(settings: settings, share: share), factory: self)
  }

  fileprivate func credentials(for url: String) -> IndexCredentials? {
    guard let credentials, let index, index.isSameOrigin(url) else { return nil }
    return credentials
  }
}

/// A transport over one reused curl easy handle.
private final class CurlTransport: Transport {
  private let easy: CurlEasy
  // Keeps the share handle alive as long as any easy handle uses it.
  private let factory: CurlTransportFactory

  init(easy: CurlEasy, factory: CurlTransportFactory) {
    self.easy = easy
    self.factory = factory
  }

  func send(_ request: HTTPRequest) throws(SquatwatchError) -> HTTPResponse {
    let scheme = request.url.prefix(8).lowercased()
    guard scheme.hasPrefix("http://") || scheme.hasPrefix("https://") else {
      throw SquatwatchError(.malformed, "refusing a non-http(s) URL")
    }
    return try easy.perform(request, credentials: factory.credentials(for: request.url))
  }
}
