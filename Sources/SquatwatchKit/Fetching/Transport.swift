/// Sends requests for one worker.
///
/// A transport is confined to the thread that uses it.
public protocol Transport {
  /// Performs `request` and returns the response; non-2xx statuses are responses, not errors.
  ///
  /// - Throws: `transport` when no response arrived, `tooLarge` when the body exceeded its limit.
  func send(_ request: HTTPRequest) throws(SquatwatchError) -> HTTPResponse
}
