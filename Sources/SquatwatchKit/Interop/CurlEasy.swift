internal import CSquatwatchShims
import Foundation

/// One libcurl easy handle, reused request after request so connections stay alive.
///
/// The handle is confined to one thread at a time (libcurl-thread(3)); the
/// type is explicitly not `Sendable` so the compiler enforces that.
final class CurlEasy {
  /// Settings that stay the same for every request of a crawl.
  struct Settings: Sendable {
    var userAgent: String
    var connectTimeout: Int
    var totalTimeout: Int
    /// Seconds a transfer may stay below 1 byte/s before it is abandoned (a stalled server).
    var stallTimeout: Int
    /// Whether `~/.netrc` may supply credentials (never for an upstream: see `CredentialScope`).
    var readsNetrc: Bool
  }

  private let handle: UnsafeMutableRawPointer
  private let share: CurlShare
  private let settings: Settings

  init(settings: Settings, share: CurlShare) {
    guard let handle = curl_easy_init() else {
      preconditionFailure("curl_easy_init failed: out of memory")
    }
    self.handle = handle
    self.share = share
    self.settings = settings
  }

  deinit {
    curl_easy_cleanup(handle)
  }

  /// Performs one GET, or a POST of the request's body.
  ///
  /// `credentials` are sent only when given, that is, only to the index's own host.
  func perform(_ request: HTTPRequest, credentials: IndexCredentials?) throws(SquatwatchError) -> HTTPResponse {
    curl_easy_reset(handle)
    let sink = TransferSink(limit: request.bodyLimit, stream: request.stream)
    let context = Unmanaged.passRetained(sink)
    defer { context.release() }

    var headerList: UnsafeMutablePointer<curl_slist>?
    for header in request.headers {
      headerList = curl_slist_append(headerList, "\(header.name): \(header.value)")
    }
    defer { curl_slist_free_all(headerList) }

    _ = sqw_easy_set_string(handle, CURLOPT_URL, request.url)
    _ = sqw_easy_set_pointer(handle, CURLOPT_HTTPHEADER, headerList.map { UnsafeMutableRawPointer($0) })
    _ = sqw_easy_set_long(handle, CURLOPT_NOSIGNAL, 1)
    _ = sqw_easy_set_long(handle, CURLOPT_FOLLOWLOCATION, 0)
    _ = sqw_easy_set_long(handle, CURLOPT_TCP_KEEPALIVE, 1)
    _ = sqw_easy_set_long(handle, CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS))
    _ = sqw_easy_set_long(handle, CURLOPT_CONNECTTIMEOUT, settings.connectTimeout)
    _ = sqw_easy_set_long(handle, CURLOPT_TIMEOUT, settings.totalTimeout)
    _ = sqw_easy_set_long(handle, CURLOPT_LOW_SPEED_LIMIT, 1)
    _ = sqw_easy_set_long(handle, CURLOPT_LOW_SPEED_TIME, settings.stallTimeout)
    _ = sqw_easy_set_long(handle, CURLOPT_SSL_VERIFYPEER, 1)
    _ = sqw_easy_set_long(handle, CURLOPT_SSL_VERIFYHOST, 2)
    _ = sqw_easy_set_string(handle, CURLOPT_USERAGENT, settings.userAgent)
    _ = sqw_easy_set_pointer(handle, CURLOPT_SHARE, share.handle)
    // ~/.netrc credentials are matched by host, so they never cross to another host.
    let netrc = settings.readsNetrc ? CURL_NETRC_OPTIONAL : CURL_NETRC_IGNORED
    _ = sqw_easy_set_long(handle, CURLOPT_NETRC, Int(netrc.rawValue))
    if let range = request.range {
      // Compressed transfer breaks range arithmetic: ask for identity.
      _ = sqw_easy_set_string(handle, CURLOPT_RANGE, range)
      _ = sqw_easy_set_string(handle, CURLOPT_ACCEPT_ENCODING, "identity")
    } else {
      _ = sqw_easy_set_string(handle, CURLOPT_ACCEPT_ENCODING, "")
    }
    if let body = request.body {
      _ = sqw_easy_set_long(handle, CURLOPT_POST, 1)
      _ = sqw_easy_set_offset(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
      // COPYPOSTFIELDS copies the bytes, so the body need not outlive this call's set-up.
      if body.isEmpty {
        _ = sqw_easy_set_string(handle, CURLOPT_COPYPOSTFIELDS, "")
      } else {
        body.withUnsafeBytes { bytes in
          _ = sqw_easy_set_pointer(
            handle, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: bytes.baseAddress))
        }
      }
    }
    if let credentials {
      _ = sqw_easy_set_string(handle, CURLOPT_USERNAME, credentials.username)
      _ = sqw_easy_set_string(handle, CURLOPT_PASSWORD, credentials.password)
    }
    _ = sqw_easy_set_write_cb(
      handle,
      { data, size, count, context in
        guard let data, let context else { return 0 }
        let sink = Unmanaged<TransferSink>.fromOpaque(context).takeUnretainedValue()
        let length = size * count
        return sink.receive(UnsafeRawBufferPointer(start: data, count: length)) ? length : 0
      }, context.toOpaque())
    _ = sqw_easy_set_header_cb(
      handle,
      { data, size, count, context in
        guard let data, let context else { return 0 }
        let sink = Unmanaged<TransferSink>.fromOpaque(context).takeUnretainedValue()
        let length = size * count
        sink.receiveHeader(UnsafeRawBufferPointer(start: data, count: length))
        return length
      }, context.toOpaque())

    let code = curl_easy_perform(handle)
    if sink.exceededLimit {
      throw SquatwatchError(.tooLarge, "body exceeds the \(request.bodyLimit)-byte limit")
    }
    if code != CURLE_OK && !(code == CURLE_WRITE_ERROR && sink.stoppedEarly) {
      throw SquatwatchError(.transport, String(cString: curl_easy_strerror(code)))
    }
    var status = 0
    _ = sqw_easy_info_long(handle, CURLINFO_RESPONSE_CODE, &status)
    var received: curl_off_t = 0
    _ = sqw_easy_info_offset(handle, CURLINFO_SIZE_DOWNLOAD_T, &received)
    var redirect: UnsafePointer<CChar>?
    _ = sqw_easy_info_string(handle, CURLINFO_REDIRECT_URL, &redirect)
    return HTTPResponse(
      status: status, headers: sink.headers, body: sink.body, redirectLocation: redirect.map { String(cString: $0) },
      bytesReceived: Int(received), stoppedEarly: sink.stoppedEarly)
  }
}

@available(*, unavailable)
extension CurlEasy: Sendable {}
