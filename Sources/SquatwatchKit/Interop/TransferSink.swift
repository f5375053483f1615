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

  /// Takes one raw header line; a status line starts a new header block (after 1xx or a proxy).
  func receiveHeader(_ bytes: UnsafeRawBufferPointer) {
    let line = String(decoding: bytes, as: UTF8.self)
    if line.hasPrefix("HTTP/") {
      headers = [:]
      return
    }
    guard let colon = line.firstIndex(of: ":") else { return }
    let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
    let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
    guard !name.isEmpty, headers.count < 200 else { return }
    if let existing = headers[name] {
      headers[name] = existing + ", " + value
    } else {
      headers[name] = String(value.prefix(8192))
    }
  }
}

@available(*, unavailable)
extension TransferSink: Sendable {}
