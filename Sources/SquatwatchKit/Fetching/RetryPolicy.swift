public import Foundation

/// How transient failures are retried: `Retry-After` on 429 and 503, exponential backoff with jitter otherwise.
public struct RetryPolicy: Sendable {
  /// Attempts per request, the first included.
  public var maxAttempts: Int
  /// The first backoff delay in seconds; each retry doubles it.
  public var baseDelay: Double
  /// The longest backoff delay in seconds.
  public var maxDelay: Double
  /// The longest `Retry-After` honoured; a server asking for more fails the request instead.
  public var maxRetryAfter: Double

  public init(maxAttempts: Int = 4, baseDelay: Double = 0.5, maxDelay: Double = 30, maxRetryAfter: Double = 300) {
    self.maxAttempts = max(1, maxAttempts)
    self.baseDelay = baseDelay
    self.maxDelay = maxDelay
    self.maxRetryAfter = maxRetryAfter
  }

  /// Whether a response status is worth retrying.
  public static func isTransient(status: Int) -> Bool {
    [408, 425, 429, 500, 502, 503, 504].contains(status)
  }

  /// The delay before retry number `attempt` (1-based), with full jitter over its upper half.
  public func backoff(attempt: Int) -> Double {
    let ceiling = min(maxDelay, baseDelay * pow(2, Double(attempt - 1)))
    return ceiling * Double.random(in: 0.5...1.0)
  }

  /// The delay a 429/503 response asks for, from `Retry-After` (seconds or an HTTP date).
  public static func retryAfter(_ value: String?, now: Date = Date()) -> Double? {
    guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
    if let seconds = Double(value) { return max(0, seconds) }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
    guard let date = formatter.date(from: value) else { return nil }
    return max(0, date.timeIntervalSince(now))
  }
}
