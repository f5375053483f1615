/// One kind of trait that projects of a registration campaign share.
enum ClusterSignal: String, CaseIterable, Sendable {
  case owner
  case organization
  case email
  case emailDomain = "email-domain"
  case summary
  case description
  case fileHash = "file-hash"
  case fileSize = "file-size"
  case version
  case template
  case namePrefix = "name-prefix"
  case nameSuffix = "name-suffix"
  case emptyContent = "empty-content"

  /// Whether the signal is about the name's shape rather than a metadata fingerprint.
  var isNaming: Bool { self == .template || self == .namePrefix || self == .nameSuffix }

  /// Mail providers so widely used that sharing one says nothing.
  static let commonEmailDomains: Set<String> = [
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "ymail.com",
    "icloud.com", "me.com", "mac.com", "qq.com", "163.com", "126.com", "foxmail.com", "protonmail.com",
    "proton.me", "pm.me", "gmx.de", "gmx.net", "web.de", "yandex.ru", "mail.ru", "users.noreply.github.com",
    "aol.com", "zoho.com", "naver.com", "example.com",
  ]

  /// Whether a version string is one that countless unrelated projects start with (`0.1.0`, `1.0.0`).
  static func isCommonVersion(_ version: String) -> Bool {
    let parts = version.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 3 else { return false }
    return parts.allSatisfy { part in Int(part).map { (0...2).contains($0) } ?? false }
  }

  /// The shareable values of each signal for one project.
  static func values(of project: ProjectFacts, derivation: NameDerivation?, isEmpty: Bool) -> [(ClusterSignal, String)]
  {
    var values: [(ClusterSignal, String)] = []
    for owner in project.owners.prefix(5) { values.append((.owner, owner)) }
    if let organization = project.organization { values.append((.organization, organization)) }
    for email in project.emails.prefix(3) {
      values.append((.email, email))
      if let at = email.lastIndex(of: "@") {
        let domain = String(email[email.index(after: at)...])
        if !commonEmailDomains.contains(domain) { values.append((.emailDomain, domain)) }
      }
    }
    if !project.summaryIsPlaceholder, project.summary.utf8.count >= 8 {
      values.append((.summary, String(project.summary.prefix(200)).lowercased()))
    }
    if let sha = project.descriptionSHA256, !project.descriptionIsPlaceholder {
      values.append((.description, sha))
    }
    for hash in Set(project.fileHashes).sorted().prefix(3) { values.append((.fileHash, hash)) }
    for size in Set(project.fileSizes).sorted().prefix(3) { values.append((.fileSize, String(size))) }
    for version in project.versionSample where !isCommonVersion(version) {
      values.append((.version, version))
    }
    if let derivation { values.append((.template, derivation.template)) }
    let tokens = project.name.split(separator: "-")
    if tokens.count >= 2, let first = tokens.first, let last = tokens.last {
      values.append((.namePrefix, "\(first)-*"))
      values.append((.nameSuffix, "*-\(last)"))
    }
    if isEmpty { values.append((.emptyContent, "empty")) }
    return values
  }
}
