/// Everything the crawl learned about one project: the input of every check.
public struct ProjectRecord: Codable, Hashable, Sendable {
  /// The normalized name.
  public var name: String
  /// The name as the index displays it.
  public var displayName: String
  /// The simple-API page, if it was fetched.
  public var page: ProjectPage?
  /// The JSON API document, reduced; nil when the index has no JSON API or answered 404.
  public var metadata: ProjectMetadata?
  /// Whether the JSON API answered for this project.
  public var jsonAPI: JSONAPIState
  /// Inspections of the distributions of the newest release (every release with `--all-releases`).
  public var inspections: [DistributionInspection]

  public init(
    name: String, displayName: String, page: ProjectPage?, metadata: ProjectMetadata?, jsonAPI: JSONAPIState,
    inspections: [DistributionInspection] = []
  ) {
    self.name = name
    self.displayName = displayName
    self.page = page
    self.metadata = metadata
    self.jsonAPI = jsonAPI
    self.inspections = inspections
  }
}
