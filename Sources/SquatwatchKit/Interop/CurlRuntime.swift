internal import CSquatwatchShims
import Foundation

/// Process-wide set-up of libcurl and libxml2, done once before any worker thread starts.
public enum CurlRuntime {
  private static let initialized: Bool = {
    // Workers write to sockets the peer may have closed; NOSIGNAL leaves SIGPIPE to us.
    signal(SIGPIPE, SIG_IGN)
    let code = sqw_global_init()
    sqw_xml_init()
    return code == CURLE_OK
  }()

  /// Initializes libcurl and libxml2; safe to call many times.
  @discardableResult
  public static func initialize() -> Bool { initialized }

  /// The linked libcurl's version, for example `7.88.1`.
  public static var curlVersion: String { String(cString: sqw_curl_version()) }

  /// Whether the linked libcurl speaks HTTP/2; one built without it refuses to be asked for it.
  static let supportsHTTP2 = sqw_curl_has_http2() != 0
}
