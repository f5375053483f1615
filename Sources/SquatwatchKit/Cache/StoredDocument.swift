public import Foundation

/// A raw response body kept in the cache with the validators needed to revalidate it.
public struct StoredDocument: Sendable {
  /// Which document of a project this is.
  public enum Kind: String, Sendable {
    case listing
    case simple
    case json
  }

  public var kind: Kind
  public var status: Int
  public var contentType: String?
  public var etag: String?
  public var lastModified: String?
  public var serial: Int?
  public var body: Data
  /// Where the body finally came from (after same-origin redirects): the base its relative links resolve against.
  public var url: String?

  public init(
    kind: Kind, status: Int, contentType: String?, etag: String?, lastModified: String?, serial: Int?, body: Data,
    url: String? = nil
  ) {
    self.kind = kind
    self.status = status
    self.contentType = contentType
    self.etag = etag
    self.lastModified = lastModified
    self.serial = serial
    self.body = body
    self.url = url
  }
}
