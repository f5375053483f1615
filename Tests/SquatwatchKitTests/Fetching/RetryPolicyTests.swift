import Foundation
import SquatwatchKit
import Testing

@Suite struct RetryPolicyTests {
  @Test func readsRetryAfterInSecondsAndAsADate() {
    #expect(RetryPolicy.retryAfter("7") == 7)
    #expect(RetryPolicy.retryAfter(nil) == nil)
    #expect(RetryPolicy.retryAfter("soon") == nil)
    let now = Date(timeIntervalSince1970: 1_700_000_000)
    let wait = RetryPolicy.retryAfter("Tue, 14 Nov 2023 22:14:20 GMT", now: now)
    #expect(wait == 60)
  }

  @Test func backsOffExponentiallyWithinItsCeiling() {
    let policy = RetryPolicy(maxAttempts: 10, baseDelay: 1, maxDelay: 8)
    for attempt in 1...8 {
      let delay = policy.backoff(attempt: attempt)
      let ceiling = min(8, pow(2, Double(attempt - 1)))
      #expect(delay >= ceiling / 2 && delay <= ceiling)
    }
  }
}
