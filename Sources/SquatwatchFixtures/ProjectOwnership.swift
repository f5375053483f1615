/// The JSON API's `ownership` object: account roles and the owning organization.
public struct ProjectOwnership: Sendable, Equatable {
  /// One `{role, user}` entry.
  public struct Role: Sendable, Equatable {
    /// `Owner` or `Maintainer`.
    public var role: String
    public var user: String

    public init(role: String, user: String) {
      self.role = role
      self.user = user
    }
  }

  /// Owners first, then by user name, as PyPI sorts them.
  public var roles: [Role]
  public var organization: String?

  public init(roles: [Role], organization: String? = nil) {
    self.roles = roles.sorted { ($0.role == "Owner" ? 0 : 1, $0.user) < ($1.role == "Owner" ? 0 : 1, $1.user) }
    self.organization = organization
  }
}
