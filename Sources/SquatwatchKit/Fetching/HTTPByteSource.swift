import Foundation

/// A distribution's bytes over HTTP ranges, through the crawl's retrying fetcher (or a mirror on disk).
final class HTTPByteSource: DistributionByteSource {
  private let fetcher: RetryingFetcher
  private let url: String
  private let streamLimit: Int
  private(set) var bytesTransferred = 0

  /// - Parameter streamLimit: the most bytes a streamed (sdist) transfer may take.
  init(fetcher: RetryingFetcher, url: String, streamLimit: Int) {
    self.fetcher = fetcher
    self.url = url
    self.streamLimit = streamLimit
  }

  func suffix(_ count: Int, wholeFileLimit: Int) throws(SquatwatchError) -> SuffixRead {
    let response = try get(range: "-\(count)", limit: max(count, wholeFileLimit))
    switch response.status {
    case 206:
      guard let (offset, total) = Self.contentRange(response.headers["content-range"]),
        offset + response.body.count == total
      else {
        throw SquatwatchError(.malformed, "206 response with a missing or inconsistent Content-Range")
      }
      return SuffixRead(bytes: response.body, offset: offset, totalSize: total)
    case 200:
      // The server ignores Range: this is the whole file.
      return SuffixRead(bytes: response.body, offset: 0, totalSize: response.body.count)
    default:
      throw Self.failure(response.status)
    }
  }

  func read(_ range: Range<Int>) throws(SquatwatchError) -> Data {
    let response = try get(range: "\(range.lowerBound)-\(range.upperBound - 1)", limit: range.count)
    guard response.status == 206 else { throw Self.failure(response.status) }
    return response.body
  }

  func stream(_ consume: (Data) throws(SquatwatchError) -> Bool) throws(SquatwatchError) {
    var failure: SquatwatchError?
    let response = try withoutActuallyEscaping(consume) { consume throws(SquatwatchError) -> HTTPResponse in
      let request = HTTPRequest(url: url, bodyLimit: streamLimit) { chunk in
        do throws(SquatwatchError) {
          return try consume(chunk)
        } catch {
          failure = error
          return false
        }
      }
      return try fetcher.fetch(request).response
    }
    bytesTransferred += response.bytesReceived
    if let failure { throw failure }
    guard response.status == 200 || response.stoppedEarly else { throw Self.failure(response.status) }
  }

  /// A missing file is final; anything else may pass and is retried on the next run.
  private static func failure(_ status: Int) -> SquatwatchError {
    let message = "distribution answered HTTP \(status)"
    return [404, 410].contains(status) ? SquatwatchError(.notFound, message) : SquatwatchError(.httpStatus, message)
  }

  private func get(range: String, limit: Int) throws(SquatwatchError) -> HTTPResponse {
    let response = try fetcher.fetch(HTTPRequest(url: url, range: range, bodyLimit: limit)).response
    bytesTransferred += response.bytesReceived
    return response
  }

  /// Parses `bytes <first>-<last>/<total>`.
  private static func contentRange(_ value: String?) -> (offset: Int, total: Int)? {
    guard let value, value.hasPrefix("bytes ") else { return nil }
    let parts = value.dropFirst(6).split(separator: "/")
    guard parts.count == 2, let total = Int(parts[1]), let first = parts[0].split(separator: "-").first,
      let offset = Int(first)
    else { return nil }
    return (offset, total)
  }
}

@available(*, unavailable)
extension HTTPByteSource: Sendable {}
