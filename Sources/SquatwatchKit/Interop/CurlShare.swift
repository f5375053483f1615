internal import CSquatwatchShims

/// A libcurl share handle for DNS and TLS sessions, locked per kind of data in C.
///
/// Connections are not shared (that pool is not thread-safe); each easy handle keeps its own.
final class CurlShare: @unchecked Sendable {
  let handle: UnsafeMutableRawPointer?

  init() {
    handle = sqw_share_create_locked()
  }

  deinit {
    if let handle { sqw_share_destroy(handle) }
  }
}
