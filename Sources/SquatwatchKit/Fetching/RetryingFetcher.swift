import Foundation

/// Fetches with the crawl's fault policy: pacing, bounded retries, `Retry-After`, and same-origin redirects only.
///
/// One per worker, over that worker's transport.
struct RetryingFetcher {
  let transport: any Transport
  let policy: RetryPolicy
  let pacer: RequestPacer
  let counters: CrawlCounters
  let index: IndexURL
  /// Redirects followed per request, all on the index's own origin.
  static let maxRedirects = 5

  /// Performs `request`, retrying transient failures.
  ///
  /// - Returns: the final response (any status that is not transient or a redirect) and the URL it came from.
  /// - Throws: `transport` after the last attempt, `httpStatus` for a `Retry-After` beyond the policy,
  ///   `foreignRedirect` for a redirect to another origin.
  func fetch(_ request: HTTPRequest) throws(SquatwatchError) -> (response: HTTPResponse, url: String) {
    var request = request
    var attempt = 1
    var redirects = 0
    while true {
      pacer.waitForTurn()
      let response: HTTPResponse
      do {
        response = try transport.send(request)
      } catch  where error.code == .transport && attempt < policy.maxAttempts {
        counters.request(bytes: 0)
        Thread.sleep(forTimeInterval: policy.backoff(attempt: attempt))
        attempt += 1
        continue
      }
      counters.request(bytes: response.bytesReceived)
      if (300..<400).contains(response.status) && response.status != 304 {
        guard let location = response.redirectLocation else { return (response, request.url) }
        guard index.isSameOrigin(location) else {
          let target = URLComponents(string: location)
          let host = (target?.host ?? "an unknown host") + (target?.port.map { ":\($0)" } ?? "")
          throw SquatwatchError(
            .foreignRedirect, "\(Self.display(request.url)) redirects to another host (\(host)); not followed")
        }
        guard redirects < Self.maxRedirects else {
          throw SquatwatchError(
            .httpStatus, "\(Self.display(request.url)) redirects more than \(Self.maxRedirects) times")
        }
        redirects += 1
        request.url = location
        continue
      }
      guard RetryPolicy.isTransient(status: response.status), attempt < policy.maxAttempts else {
        return (response, request.url)
      }
      if response.status == 429 || response.status == 503,
        let wait = RetryPolicy.retryAfter(response.headers["retry-after"])
      {
        guard wait <= policy.maxRetryAfter else {
          throw SquatwatchError(
            .httpStatus, "\(Self.display(request.url)) answered \(response.status) with Retry-After \(Int(wait)) s")
        }
        pacer.pause(for: wait)
      } else {
        Thread.sleep(forTimeInterval: policy.backoff(attempt: attempt))
      }
      attempt += 1
    }
  }

  /// A URL for messages: no user-info, no query.
  static func display(_ url: String) -> String {
    guard var components = URLComponents(string: url) else { return "a URL" }
    components.user = nil
    components.password = nil
    components.query = nil
    return components.string ?? "a URL"
  }
}
