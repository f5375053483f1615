import Foundation

/// Posts observations one at a time over one libcurl transport, waiting out the API's rate limits.
///
/// A POST is not repeated after a failure that may have reached the server (a dropped connection, a 5xx), so an
/// observation is never filed twice; only a 429 or 503, which say nothing was taken, is retried after
/// `Retry-After`. A refused token (401, 403) or an unreachable API stops the run: every later request would fail
/// the same way.
struct ObservationSender {
  /// What the API said about one observation.
  enum Answer: Equatable {
    /// 202: filed.
    case accepted
    /// 404: PyPI has no such project (never there, or already removed).
    case notFound
    /// Any other answer about this observation, with the server's reason.
    case rejected(String)
  }

  let api: ObservationsAPI
  let token: ObserverToken
  let transport: any Transport
  let policy: RetryPolicy

  /// Posts `observation`.
  ///
  /// - Throws: `httpStatus` when the token is refused or the API keeps rate-limiting; `transport` when no answer
  ///   came. Either way nothing more should be sent in this run.
  func post(_ observation: Observation) throws(SquatwatchError) -> Answer {
    let request = HTTPRequest(
      url: api.observationsURL(project: observation.project),
      headers: [
        ("Authorization", token.authorization), ("Content-Type", ObservationsAPI.mediaType),
        ("Accept", ObservationsAPI.mediaType),
        // Without this, curl holds bodies over 1 KiB until the server answers `100 Continue` or a second passes.
        ("Expect", ""),
      ],
      bodyLimit: 1 << 20, body: try observation.json(withProject: false))
    var attempt = 1
    while true {
      let response: HTTPResponse
      do {
        response = try transport.send(request)
      } catch {
        throw SquatwatchError(
          error.code, "cannot reach the observations API at \(api.base): \(error.message); nothing more was sent")
      }
      switch response.status {
      case 200..<300:
        return .accepted
      case 401, 403:
        throw SquatwatchError(
          .httpStatus,
          "the observations API at \(api.base) refused the token (\(response.status)\(reason(response))): give a "
            + "current PyPI API token of an account with observer access (api:observations:add) in "
            + "\(ObserverToken.environmentVariable) or --token-file; nothing more was sent")
      case 404:
        return .notFound
      case 429, 503:
        let wait = RetryPolicy.retryAfter(response.headers["retry-after"]) ?? policy.backoff(attempt: attempt)
        guard attempt < policy.maxAttempts, wait <= policy.maxRetryAfter else {
          throw SquatwatchError(
            .httpStatus,
            "the observations API at \(api.base) keeps answering \(response.status) (asks to wait \(Int(wait.rounded())) s); "
              + "run observe again later: what was sent is recorded and will not be sent again")
        }
        Thread.sleep(forTimeInterval: wait)
        attempt += 1
      default:
        return .rejected("\(response.status)\(reason(response))")
      }
    }
  }

  /// `: <the server's reason>` from an error body, short, on one line and without the token; empty without one.
  ///
  /// Warehouse answers `{"error": …, "missing": [...]}` for a missing field and `{"message": …}` or a list of
  /// them for other errors; any other body is quoted as text.
  private func reason(_ response: HTTPResponse) -> String {
    var parts: [String] = []
    switch try? JSONSerialization.jsonObject(with: response.body) {
    case let object as [String: Any]:
      for key in ["error", "message", "detail"] { if let text = object[key] as? String { parts.append(text) } }
      if let missing = object["missing"] as? [String] { parts.append("missing " + missing.joined(separator: ", ")) }
    case let list as [[String: Any]]:
      parts = list.compactMap { $0["message"] as? String }
    default:
      parts = [String(decoding: response.body.prefix(300), as: UTF8.self)]
    }
    let text = PlainText.withoutControlCharacters(token.redacting(parts.joined(separator: "; ")))
      .trimmingCharacters(in: .whitespaces)
    return text.isEmpty ? "" : ": " + String(text.prefix(300))
  }
}
