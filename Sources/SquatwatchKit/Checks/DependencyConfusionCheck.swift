/// dependency-confusion: a project of the audited (private) index whose name also exists on the upstream index.
///
/// pip with `--extra-index-url` merges both indexes and installs the highest version it finds, so whoever holds an
/// internal name upstream decides what a build installs: the 2021 attacks registered dozens of companies' internal
/// names on pypi.org at version 99. Every collision is reported; the score rises with what makes an upstream project
/// a claim rather than a coincidence: it appeared after the private project, it has a higher version than every
/// private release (pip would install it), it shares no owner, author e-mail or repository with the private project,
/// or it holds no files (a name held for a later upload). The private project's own history lowers nothing: an
/// internal package's age says nothing about who holds its name upstream.
///
/// An upstream project that shares an owner account, organization, author e-mail or repository with the private one
/// is the organization's own published package: reported as `mirrored` (verdict `defensive-placeholder`), not
/// flagged.
enum DependencyConfusionCheck {
  /// Any collision: enough to be a suspect, since pip may already install the wrong project.
  static let collisionScore = 0.55
  /// Added for each sign that the upstream project is a claim on the private name.
  static let newerRaise = 0.15
  static let higherVersionRaise = 0.2
  static let strangerRaise = 0.1
  static let emptyRaise = 0.15
  static let maximumScore = 0.98
  /// A mirrored project's score before the ownership factor: at the suspect threshold or above, so it is reported as
  /// the organization's own rather than dropped.
  static let mirroredScore = 0.6

  /// The finding for `project`, if its name exists upstream.
  static func evaluate(_ project: ProjectFacts, context: CheckContext) -> Finding? {
    guard let upstream = context.upstream, upstream.collisions.contains(project.name) else { return nil }
    var evidence: [String: EvidenceValue] = ["upstream": .string(upstream.registry)]
    if let version = project.highestVersion { evidence["private_version"] = .string(version) }
    if let day = project.firstUploadDay { evidence["private_first_upload"] = .string(UploadTime.dayText(day)) }
    if !project.owners.isEmpty { evidence["private_owners"] = .strings(project.owners) }
    let quoted = "\"\(project.name)\""
    guard let other = upstream.facts[project.name] else {
      let reason = upstream.failures[project.name] ?? "not read yet"
      evidence["status"] = .string("collision")
      evidence["upstream_error"] = .string(reason)
      return Finding(
        check: .dependencyConfusion, score: collisionScore,
        summary: "\(quoted) also exists on \(upstream.registry); its project there could not be read (\(reason))",
        evidence: evidence, targets: [project.name])
    }
    if let version = other.highestVersion { evidence["upstream_version"] = .string(version) }
    if let day = other.firstUploadDay { evidence["upstream_first_upload"] = .string(UploadTime.dayText(day)) }
    if !other.owners.isEmpty { evidence["upstream_owners"] = .strings(other.owners) }
    if let organization = other.organization { evidence["upstream_organization"] = .string(organization) }
    evidence["upstream_files"] = .number(Double(other.fileCount))
    let choice = pipChoice(private: project.highestVersion, upstream: other.highestVersion)
    evidence["pip_extra_index_url"] = .string(choice.text)

    let shared = sharedIdentity(project, other)
    if !shared.isEmpty {
      evidence["status"] = .string("mirrored")
      evidence["shared"] = .strings(shared)
      let ownership = CounterEvidence(
        factor: 1,
        items: [
          CounterEvidenceItem(
            reason: "the organization's own: \(shared.joined(separator: ", "))", factor: CounterEvidence.ownershipFactor
          )
        ], sharesOwnership: true)
      return ownership.finding(
        .dependencyConfusion, base: mirroredScore,
        summary: "mirrored: \(quoted) on \(upstream.registry) is the same organization's "
          + "(\(shared.joined(separator: ", "))); pip --extra-index-url would install \(choice.text)",
        evidence: evidence, targets: [project.name])
    }

    var raisedBy: [(reason: String, raise: Double)] = []
    if let mine = project.firstUpload, let theirs = other.firstUpload, theirs > mine {
      raisedBy.append(("the upstream project appeared after the private one", newerRaise))
    }
    if choice.upstreamWins {
      raisedBy.append(("its version is higher than every private release", higherVersionRaise))
    }
    if let unknown = incomparableIdentity(project, other) {
      evidence["identity"] = .string("not compared: \(unknown)")
    } else {
      raisedBy.append(("it shares no owner, author e-mail or repository with the private project", strangerRaise))
    }
    if other.fileCount == 0 { raisedBy.append(("it holds no files", emptyRaise)) }
    evidence["status"] = .string("collision")
    if !raisedBy.isEmpty { evidence["raised_by"] = .strings(raisedBy.map(\.reason)) }
    let score = min(maximumScore, raisedBy.reduce(collisionScore) { $0 + $1.raise })

    var details: [String] = []
    if let version = other.highestVersion { details.append("version \(version)") }
    if let day = other.firstUploadDay { details.append("first upload \(UploadTime.dayText(day))") }
    if !other.owners.isEmpty { details.append("owners \(other.owners.joined(separator: ", "))") }
    if other.fileCount == 0 { details.append("no files") }
    let what = details.isEmpty ? "" : " (\(details.joined(separator: ", ")))"
    let consequence =
      choice.upstreamWins
      ? "pip --extra-index-url would install \(choice.text)"
      : "pip --extra-index-url installs \(choice.text) until an upload there goes higher"
    return Finding(
      check: .dependencyConfusion, score: CounterEvidence.rounded(score),
      summary: "\(quoted) also exists on \(upstream.registry)\(what): \(consequence)", evidence: evidence,
      targets: [project.name])
  }

  /// What the check could not compare, counted over the colliding projects (`facts` gives a private project's).
  static func degradedChecks(_ upstream: UpstreamIndex, facts: (String) -> ProjectFacts?) -> [DegradedCheck] {
    var unread = 0
    var withoutMetadata = 0
    var withoutTimes = 0
    var withoutIdentity = 0
    for name in upstream.collisions {
      guard let mine = facts(name) else { continue }
      guard let theirs = upstream.facts[name] else {
        unread += 1
        continue
      }
      if !theirs.hasMetadata { withoutMetadata += 1 }
      if mine.firstUpload == nil || theirs.firstUpload == nil { withoutTimes += 1 }
      if incomparableIdentity(mine, theirs) != nil { withoutIdentity += 1 }
    }
    let gaps = [
      ("simple-page", unread, "the upstream project could not be read: reported as a collision, nothing compared"),
      ("json-api", withoutMetadata, "the upstream gave no JSON API document: its owners and upload times unknown"),
      ("upload-times", withoutTimes, "whether the upstream project appeared after the private one is unknown"),
      (
        "ownership", withoutIdentity,
        "owners, author e-mails and repositories not compared: the organization's own published package cannot be "
          + "told from a stranger's claim, and is reported as a collision"
      ),
    ]
    return gaps.filter { $0.1 > 0 }.map {
      DegradedCheck(check: .dependencyConfusion, missingSignal: $0.0, projectsAffected: $0.1, effect: $0.2)
    }
  }

  /// Why the two projects' publishers cannot be compared, or nil when both give one kind of identity (owner
  /// accounts, author e-mails or repositories) that can be.
  static func incomparableIdentity(_ mine: ProjectFacts, _ theirs: ProjectFacts) -> String? {
    if mine.hasOwnership && theirs.hasOwnership { return nil }
    if !mine.emails.isEmpty && !theirs.emails.isEmpty { return nil }
    if !mine.repositories.isEmpty && !theirs.repositories.isEmpty { return nil }
    let privateKinds = identityKinds(mine)
    let upstreamKinds = identityKinds(theirs)
    return "the private project gives \(privateKinds.isEmpty ? "no owners, e-mails or repositories" : privateKinds), "
      + "the upstream one \(upstreamKinds.isEmpty ? "none" : upstreamKinds)"
  }

  private static func identityKinds(_ project: ProjectFacts) -> String {
    var kinds: [String] = []
    if project.hasOwnership { kinds.append("owners") }
    if !project.emails.isEmpty { kinds.append("e-mails") }
    if !project.repositories.isEmpty { kinds.append("repositories") }
    return kinds.isEmpty ? "" : "only " + kinds.joined(separator: " and ")
  }

  /// What two projects share that only their publishers would give them: owner accounts, the organization, author
  /// e-mails, repositories.
  static func sharedIdentity(_ mine: ProjectFacts, _ theirs: ProjectFacts) -> [String] {
    var shared = mine.owners.filter(theirs.owners.contains).map { "owner \($0)" }
    if let organization = mine.organization, organization == theirs.organization {
      shared.append("organization \(organization)")
    }
    shared += mine.emails.filter(theirs.emails.contains).map { "author e-mail \($0)" }
    shared += mine.repositories.filter(theirs.repositories.contains).map { "repository \($0)" }
    return shared
  }

  /// What `pip install NAME --index-url PRIVATE --extra-index-url UPSTREAM` installs: the highest version on either
  /// index (final releases first, as without `--pre`).
  static func pipChoice(private mine: String?, upstream theirs: String?) -> (text: String, upstreamWins: Bool) {
    guard let theirs else { return ("the private \(mine ?? "release") (nothing installable upstream)", false) }
    guard let mine else { return ("\(theirs) from the upstream (no installable private release)", true) }
    if mine == theirs { return ("\(mine) from either index (both hold it)", false) }
    if VersionOrder.highest([mine, theirs]) == mine {
      return ("the private \(mine) (the upstream's highest is \(theirs))", false)
    }
    return ("\(theirs) from the upstream over the private \(mine)", true)
  }
}
