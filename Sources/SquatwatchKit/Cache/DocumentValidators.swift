/// The validators of a project's stored documents, sent back as conditional requests when it is fetched again.
public struct DocumentValidators: Sendable {
  public var simpleETag: String?
  public var simpleLastModified: String?
  public var jsonETag: String?
  public var jsonLastModified: String?

  public init(
    simpleETag: String? = nil, simpleLastModified: String? = nil, jsonETag: String? = nil,
    jsonLastModified: String? = nil
  ) {
    self.simpleETag = simpleETag
    self.simpleLastModified = simpleLastModified
    self.jsonETag = jsonETag
    self.jsonLastModified = jsonLastModified
  }
}
