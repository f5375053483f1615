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
  ///
  /// - Throws: `libcurl` when libcurl refuses an option (naming it and libcurl's reason), `tlsVerification` when it
  ///   refuses to verify certificates, `tooLarge` past the body limit, `transport` when the transfer fails.
  func perform(_ request: HTTPRequest, credentials: IndexCredentials?) throws(SquatwatchError) -> HTTPResponse {
    curl_easy_reset(handle)
    let sink = TransferSink(limit: request.bodyLimit, stream: request.stream)
    let context = Unmanaged.passRetained(sink)
    defer { context.release() }

    var headerList: UnsafeMutablePointer<curl_slist>?
    defer { curl_slist_free_all(headerList) }
    for header in request.headers {
      // On failure curl_slist_append leaves the list as it was, so the deferred free still releases it.
      guard let appended = curl_slist_append(headerList, "\(header.name): \(header.value)") else {
        throw SquatwatchError(.libcurl, "cannot add the \(header.name) header: out of memory")
      }
      headerList = appended
    }

    try set(CURLOPT_URL, request.url)
    try set(CURLOPT_HTTPHEADER, pointer: headerList.map { UnsafeMutableRawPointer($0) })
    try set(CURLOPT_NOSIGNAL, 1)
    try set(CURLOPT_FOLLOWLOCATION, 0)
    try set(CURLOPT_TCP_KEEPALIVE, 1)
    if CurlRuntime.supportsHTTP2 {
      try set(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS))
    }
    try set(CURLOPT_CONNECTTIMEOUT, settings.connectTimeout)
    try set(CURLOPT_TIMEOUT, settings.totalTimeout)
    try set(CURLOPT_LOW_SPEED_LIMIT, 1)
    try set(CURLOPT_LOW_SPEED_TIME, settings.stallTimeout)
    try requireTLSVerification()
    try set(CURLOPT_USERAGENT, settings.userAgent)
    try set(CURLOPT_SHARE, pointer: share.handle)
    // ~/.netrc credentials are matched by host, so they never cross to another host.
    let netrc = settings.readsNetrc ? CURL_NETRC_OPTIONAL : CURL_NETRC_IGNORED
    try set(CURLOPT_NETRC, Int(netrc.rawValue))
    if let range = request.range {
      // Compressed transfer breaks range arithmetic: ask for identity.
      try set(CURLOPT_RANGE, range)
      try set(CURLOPT_ACCEPT_ENCODING, "identity")
    } else {
      try set(CURLOPT_ACCEPT_ENCODING, "")
    }
    if let body = request.body {
      try set(CURLOPT_POST, 1)
      try set(CURLOPT_POSTFIELDSIZE_LARGE, offset: curl_off_t(body.count))
      // COPYPOSTFIELDS copies the bytes, so the body need not outlive this call's set-up.
      if body.isEmpty {
        try set(CURLOPT_COPYPOSTFIELDS, "")
      } else {
        let code = body.withUnsafeBytes { bytes in
          sqw_easy_set_pointer(handle, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: bytes.baseAddress))
        }
        try check(CURLOPT_COPYPOSTFIELDS, code)
      }
    }
    if let credentials {
      try set(CURLOPT_USERNAME, credentials.username)
      try set(CURLOPT_PASSWORD, credentials.password)
    }
    try set(CURLOPT_WRITEFUNCTION) { data, size, count, context in
      guard let data, let context else { return 0 }
      let sink = Unmanaged<TransferSink>.fromOpaque(context).takeUnretainedValue()
      let length = size * count
      return sink.receive(UnsafeRawBufferPointer(start: data, count: length)) ? length : 0
    }
    try set(CURLOPT_WRITEDATA, pointer: context.toOpaque())
    try set(CURLOPT_HEADERFUNCTION) { data, size, count, context in
      guard let data, let context else { return 0 }
      let sink = Unmanaged<TransferSink>.fromOpaque(context).takeUnretainedValue()
      let length = size * count
      sink.receiveHeader(UnsafeRawBufferPointer(start: data, count: length))
      return length
    }
    try set(CURLOPT_HEADERDATA, pointer: context.toOpaque())

    let code = curl_easy_perform(handle)
    if sink.exceededLimit {
      throw SquatwatchError(.tooLarge, "body exceeds the \(request.bodyLimit)-byte limit")
    }
    if code != CURLE_OK && !(code == CURLE_WRITE_ERROR && sink.stoppedEarly) {
      throw SquatwatchError(.transport, String(cString: curl_easy_strerror(code)))
    }
    var status = 0
    try check("CURLINFO_RESPONSE_CODE", sqw_easy_info_long(handle, CURLINFO_RESPONSE_CODE, &status))
    var received: curl_off_t = 0
    try check("CURLINFO_SIZE_DOWNLOAD_T", sqw_easy_info_offset(handle, CURLINFO_SIZE_DOWNLOAD_T, &received))
    var redirect: UnsafePointer<CChar>?
    try check("CURLINFO_REDIRECT_URL", sqw_easy_info_string(handle, CURLINFO_REDIRECT_URL, &redirect))
    return HTTPResponse(
      status: status, headers: sink.headers, body: sink.body, redirectLocation: redirect.map { String(cString: $0) },
      bytesReceived: Int(received), stoppedEarly: sink.stoppedEarly)
  }

  /// Turns certificate and host name verification on: libcurl's defaults, set explicitly so that a libcurl built
  /// with other defaults still verifies.
  ///
  /// - Throws: `tlsVerification` when libcurl refuses, which ends the run: nothing is fetched unverified.
  private func requireTLSVerification() throws(SquatwatchError) {
    for (option, value) in [(CURLOPT_SSL_VERIFYPEER, 1), (CURLOPT_SSL_VERIFYHOST, 2)] {
      let code = sqw_easy_set_long(handle, option, value)
      guard code == CURLE_OK else {
        throw SquatwatchError(
          .tlsVerification,
          "\(Self.failure(setting: option, code)); squatwatch never fetches without TLS certificate verification: "
            + "use a libcurl built with TLS (Debian: libcurl4-openssl-dev)")
      }
    }
  }

  private func set(_ option: CURLoption, _ value: Int) throws(SquatwatchError) {
    try check(option, sqw_easy_set_long(handle, option, value))
  }

  private func set(_ option: CURLoption, offset value: curl_off_t) throws(SquatwatchError) {
    try check(option, sqw_easy_set_offset(handle, option, value))
  }

  private func set(_ option: CURLoption, _ value: String) throws(SquatwatchError) {
    try check(option, sqw_easy_set_string(handle, option, value))
  }

  private func set(_ option: CURLoption, pointer: UnsafeMutableRawPointer?) throws(SquatwatchError) {
    try check(option, sqw_easy_set_pointer(handle, option, pointer))
  }

  private func set(_ option: CURLoption, callback: sqw_data_cb) throws(SquatwatchError) {
    try check(option, sqw_easy_set_data_cb(handle, option, callback))
  }

  /// An option libcurl refused fails the transfer before it starts.
  private func check(_ option: CURLoption, _ code: CURLcode) throws(SquatwatchError) {
    guard code == CURLE_OK else { throw SquatwatchError(.libcurl, Self.failure(setting: option, code)) }
  }

  /// A transfer detail libcurl cannot report fails the transfer: its answer would be misread.
  private func check(_ info: String, _ code: CURLcode) throws(SquatwatchError) {
    guard code == CURLE_OK else {
      throw SquatwatchError(.libcurl, "cannot read \(info): \(String(cString: curl_easy_strerror(code)))")
    }
  }

  /// `cannot set CURLOPT_<NAME>: <libcurl's reason>`, the option named from libcurl's own table.
  private static func failure(setting option: CURLoption, _ code: CURLcode) -> String {
    let name = curl_easy_option_by_id(option).map { "CURLOPT_" + String(cString: $0.pointee.name) }
    return "cannot set \(name ?? "curl option \(option.rawValue)"): \(String(cString: curl_easy_strerror(code)))"
  }
}

@available(*, unavailable)
extension CurlEasy: Sendable {}
