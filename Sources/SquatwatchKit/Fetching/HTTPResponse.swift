public import Foundation

/// A response as a transport hands it back: status, headers and (capped) body.
public struct HTTPResponse: Sendable {
  public var status: Int
  /// Header names lowercased; repeated headers joined with ", ".
  public var headers: [String: String]
  public var body: Data
  /// The absolute target of a redirect (`Location`), resolved against the request URL.
  public var redirectLocation: String?
  /// Body bytes received on the wire (before decompression where curl reports it so).
  public var bytesReceived: Int
  /// Whether the transfer was stopped early by the request's `stream` consumer.
  public var stoppedEarly: Bool

  public init(
    status: Int, headers: [String: String] = [:], body: Data = Data(), redirectLocation: String? = nil,
    bytesReceived: Int = 0, stoppedEarly: Bool = false
  ) {
    self.status = status
    self.headers = headers
    self.body = body
    self.redirectLocation = redirectLocation
    self.bytesReceived = bytesReceived
    self.stoppedEarly = stoppedEarly
  }

  /// The media type from `Content-Type`, lowercased, without parameters.
  public var mediaType: String? { Self.mediaType(ofContentType: headers["content-type"]) }

  /// The media type of a `Content-Type` value, lowercased, without parameters.
  static func mediaType(ofContentType value: String?) -> String? {
    value?.split(separator: ";", maxSplits: 1).first.map { $0.trimmingWhitespace().lowercased() }
  }
}
