/// One member of a zip or tar archive: its (untrusted) name and uncompressed size.
public struct ArchiveMember: Codable, Hashable, Sendable {
  public var name: String
  public var size: Int

  public init(name: String, size: Int) {
    self.name = name
    self.size = size
  }
}
