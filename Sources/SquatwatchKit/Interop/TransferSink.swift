import Foundation

/// Collects one transfer's headers and body from curl's callbacks, enforcing the body limit.
final class TransferSink {
  private let limit: Int
  private let stream: ((Data) -> Bool)?
  private(set) var body = Data()
  private(set) var headers: [String: String] = [:]
  private(set) var exceededLimit = false
  private(set) var stoppedEarly = false
  private var streamed = 0

  init(limit: Int, stream: ((Data) -> Bool)?) {
    self.limit = limit
    self.stream = stream
  }

  /// Takes a piece of body; false aborts the transfer.
  func receive(_ bytes: UnsafeRawBufferPointer) -> Bool {
    if let stream {
      streamed += bytes.count
      if streamed > limit {
        exceededLimit = true
        return false
      }
      if !stream(Data(bytes)) {
        stoppedEarly = true
        return false
      }
      return true
    }
    if body.count + bytes.count > limit {
      exceededLimit = true
      return false
    }
    body.append(contentsOf: bytes)
    return true
  }

  /// The response headers squatwatch reads; others are skipped without building strings (a hot path).
  private static let wanted: Set<[UInt8]> = Set(
    [
      "content-type", "content-length", "content-range", "content-encoding", "etag", "last-modified",
      "x-pypi-last-serial", "retry-after", "location", "accept-ranges",
    ].map { Array($0.utf8) })

  /// Takes one raw header line; a status line starts a new header block (after 1xx or a proxy).
  func receiveHeader(_ bytes: UnsafeRawBufferPointer) {
    if bytes.starts(with: "HTTP/".utf8) {
      headers = [:]
      return
    }
    guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0, colon <= 32 else { return }
    var name = [UInt8](bytes[..<colon])
    for index in name.indices where name[index] >= 65 && name[index] <= 90 { name[index] += 32 }
    guard Self.wanted.contains(name) else { return }
    var start = colon + 1
    var end = bytes.count
    while start < end && (bytes[start] == 32 || bytes[start] == 9) { start += 1 }
    while end > start && (bytes[end - 1] == 10 || bytes[end - 1] == 13 || bytes[end - 1] == 32) { end -= 1 }
    let value = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<min(end, start + 8192)]), as: UTF8.self)
    let key = String(decoding: name, as: UTF8.self)
    if let existing = headers[key] {
      headers[key] = String((existing + ", " + value).prefix(8192))
    } else {
      headers[key] = value
    }
  }
}

@available(*, unavailable)
extension TransferSink: Sendable {}
