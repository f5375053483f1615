/// The index's root page: every project, with its serial where the index gives one.
public struct ProjectListing: Sendable {
  /// One listed project.
  public struct Entry: Hashable, Sendable {
    /// The normalized name.
    public var name: String
    /// The name as the index displays it.
    public var displayName: String
    /// The project's `_last-serial`, if the index gives serials.
    public var serial: Int?

    public init(name: String, displayName: String, serial: Int?) {
      self.name = name
      self.displayName = displayName
      self.serial = serial
    }
  }

  /// The projects kept, deduplicated by normalized name.
  public var entries: [Entry]
  /// Valid names the listing holds, kept or not (`--projects` keeps only those asked for).
  public var listedCount: Int
  /// Whether any listed project came with a serial.
  public var hasSerials: Bool
  /// The index-wide serial (`meta._last-serial`), if given.
  public var lastSerial: Int?
  /// The API version the listing declared, if any.
  public var apiVersion: String?
  /// Entries refused because their names are not valid project names.
  public var rejectedNames: Int
  /// Whether an HTML root page has a form or password field: a login page, not an index.
  public var looksLikeLoginPage: Bool

  public init(
    entries: [Entry], lastSerial: Int? = nil, apiVersion: String? = nil, rejectedNames: Int = 0,
    looksLikeLoginPage: Bool = false
  ) {
    self.entries = entries
    listedCount = entries.count
    hasSerials = entries.contains { $0.serial != nil }
    self.lastSerial = lastSerial
    self.apiVersion = apiVersion
    self.rejectedNames = rejectedNames
    self.looksLikeLoginPage = looksLikeLoginPage
  }
}
