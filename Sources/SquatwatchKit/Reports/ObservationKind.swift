/// The `kind` of an observation for PyPI's observations API, from what a suspect's findings show.
///
/// PyPI has no kind for squatting, so, in this order: a member of a registration burst (a naming-cluster
/// finding) is `is_spam`, the `mass name squat` pattern; a typosquat, a project taking a popular project's
/// command or import name, a private project's name taken on the upstream (dependency-confusion) or a watched
/// name taken (watched-name) is `is_dependency_confusion` (it waits for users who meant the other project); an
/// empty placeholder is `is_spam` (PEP 541 name squatting); a project that only installs scripts over system
/// commands (`pip`, `sudo`) is `something_else`. `is_malware` is never emitted: squatwatch does not run code, and
/// that kind needs an inspector link to the malicious code.
public enum ObservationKind: String, Sendable {
  case isSpam = "is_spam"
  case isDependencyConfusion = "is_dependency_confusion"
  case somethingElse = "something_else"

  init(_ suspect: SuspectReport) {
    let checks = Set(suspect.findings.map(\.check))
    let imitates = suspect.findings.contains { finding in
      [.typosquat, .dependencyConfusion, .watchedName].contains(finding.check)
        || (finding.check == .entryPointHijack && (!finding.targets.isEmpty || finding.evidence["target"] != nil))
    }
    if checks.contains(.namingCluster) {
      self = .isSpam
    } else if imitates {
      self = .isDependencyConfusion
    } else if checks.contains(.emptyPackage) {
      self = .isSpam
    } else {
      self = .somethingElse
    }
  }
}
