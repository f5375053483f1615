import Foundation
import SquatwatchFixtures
import SquatwatchKit
import SquatwatchTestSupport

/// A private index of the Acme organization and an "upstream" index, for the dependency-confusion audits.
///
/// The upstream holds strangers' claims on internal names (a higher version, a lower version, an empty project), the
/// organization's own published copies of two internal packages (one shares the owner account and author e-mail,
/// the other the author e-mail and repository), an unchanged copy of a public project the private index mirrors, and unrelated public
/// projects. The private index also holds names on the watch list.
enum ConfusionRegistries {
  static let acmeEmail = "platform@acme.example"

  /// Internal names a stranger registered upstream.
  static let claims = ["acme-billing", "acme-auth", "acme-ledger"]
  /// Internal names the organization itself also publishes upstream.
  static let mirrored = ["acme-utils", "acme-sdk"]
  /// The names the upstream should be asked about: every collision but the unchanged copy.
  static let collisions = claims + mirrored
  /// A public project the private index carries as an unchanged copy (same serial on both indexes).
  static let copied = "requests"
  /// Internal projects nobody holds upstream.
  static let internalOnly = ["acme-internal-only", "acme-reports"]

  /// Watched names: one a stranger took exactly, one a stranger took one edit away, one its allowed owner holds.
  static let watchText = """
    # names nobody outside the Acme organization may register
    huggingface-cli        # hallucinated by LLM assistants (Lasso Security, 2024)
    acme-secrets           # reserved for the vault client
    acme-vault             # internal
    owner acme-bot         # the organization's account
    """
  static let watchedTaken = ["huggingface-cli", "acme-secret"]
  static let watchedAllowed = "acme-vault"

  static func day(_ year: Int, _ month: Int, _ day: Int) -> UploadTimestamp {
    UploadTimestamp(year: year, month: month, day: day, secondOfDay: 43_200)
  }

  /// One project with a pure wheel per release, its serial set.
  static func project(
    _ name: String, releases: [(version: String, at: UploadTimestamp)], owners: [String], email: String?,
    repository: String? = nil, serial: Int, emptyRelease: String? = nil
  ) -> GeneratedProject {
    var spec = DistributionSpec(name: name, version: releases.last?.version ?? emptyRelease ?? "0")
    spec.summary = "The \(name) library"
    spec.description = "What \(name) does, at some length."
    spec.authorEmail = email
    if let repository { spec.projectURLs = [("Source", repository)] }
    let module = ProjectName.normalize(name).replacingOccurrences(of: "-", with: "_")
    spec.modules = [
      .init(path: "\(module)/__init__.py", source: "def run(value):\n    return [value] * 3\n\n\nVERSION = 1\n")
    ]
    var generated = releases.map { GeneratedRelease(version: $0.version, uploadTime: $0.at, files: [.wheel(.pure)]) }
    if let emptyRelease {
      generated.append(GeneratedRelease(version: emptyRelease, uploadTime: day(2025, 6, 3), files: []))
    }
    var project = GeneratedProject(
      spec: spec, releases: generated,
      ownership: ProjectOwnership(roles: owners.map { .init(role: "Owner", user: $0) }), label: .longTail)
    project.lastSerial = serial
    return project
  }

  /// An internal project: the organization's account, e-mail and repository, first released in 2023 or 2024
  /// (`serial` weeks apart, as an organization's projects come one by one).
  static func internalProject(_ name: String, version: String = "1.4.0", serial: Int) -> GeneratedProject {
    project(
      name, releases: [(version, day(2023, 1, 5).adding(seconds: Int64(serial) * 7 * 86_400 * 9))],
      owners: ["acme-bot"], email: acmeEmail, repository: "https://github.com/acme/\(name)", serial: serial)
  }

  static let copiedProject = project(
    copied, releases: [("2.31.0", day(2023, 5, 22)), ("2.32.3", day(2024, 5, 29))], owners: ["psf-bot"],
    email: "me@kennethreitz.test", repository: "https://github.com/psf/requests", serial: 7_007)

  static var privateRegistry: GeneratedRegistry {
    let internalProjects = (claims + mirrored + internalOnly + [watchedAllowed]).enumerated().map {
      internalProject($0.element, version: $0.element == "acme-auth" ? "2.3.0" : "1.4.0", serial: $0.offset + 1)
    }
    let strangers = watchedTaken.enumerated().map {
      project(
        $0.element, releases: [("0.1.0", day(2025, 6, 10))], owners: ["intern"], email: "intern@mail.test",
        serial: 100 + $0.offset)
    }
    return GeneratedRegistry(
      seed: 1, now: day(2025, 7, 1), projects: internalProjects + strangers + [copiedProject])
  }

  static var upstreamRegistry: GeneratedRegistry {
    let strangerClaims = [
      project(
        "acme-billing", releases: [("99.0", day(2025, 6, 1))], owners: ["mallory"], email: "mallory@mail.test",
        serial: 5_001),
      project(
        "acme-auth", releases: [("0.0.1", day(2025, 6, 2))], owners: ["mallory"], email: "mallory@mail.test",
        serial: 5_002),
      project(
        "acme-ledger", releases: [], owners: ["mallory"], email: "mallory@mail.test", serial: 5_003,
        emptyRelease: "0.0.0"),
    ]
    let ownCopies = [
      project(
        "acme-utils", releases: [("2.0.0", day(2024, 5, 1))], owners: ["acme-oss"], email: acmeEmail,
        repository: "https://github.com/acme/acme-utils", serial: 5_004),
      project(
        "acme-sdk", releases: [("1.4.0", day(2024, 2, 1))], owners: ["acme-bot"], email: acmeEmail, serial: 5_005),
    ]
    let publicProjects = ["numpy", "flask", "django", "attrs", "rich", "click", "idna", "urllib3"].enumerated().map {
      project(
        $0.element, releases: [("1.0.0", day(2020, 1, 1)), ("2.0.0", day(2023, 1, 1))],
        owners: ["maintainer\($0.offset)"],
        email: nil, serial: 6_000 + $0.offset)
    }
    return GeneratedRegistry(
      seed: 2, now: day(2025, 7, 1), projects: strangerClaims + ownCopies + publicProjects + [copiedProject])
  }

  /// Both indexes written as bandersnatch mirrors; the upstream holds metadata only (its files are never read).
  final class Mirrors: Sendable {
    let privateMirror: TemporaryDirectory
    let upstreamMirror: TemporaryDirectory
    let watchFile: URL

    init() throws {
      privateMirror = try TemporaryDirectory(prefix: "private-index")
      _ = try BandersnatchMirrorWriter().write(ConfusionRegistries.privateRegistry, to: privateMirror.url)
      upstreamMirror = try TemporaryDirectory(prefix: "upstream-index")
      _ = try BandersnatchMirrorWriter(options: .init(distributions: false))
        .write(ConfusionRegistries.upstreamRegistry, to: upstreamMirror.url)
      watchFile = privateMirror.url.appendingPathComponent("watch.txt")
      try Data(ConfusionRegistries.watchText.utf8).write(to: watchFile)
    }
  }

  static let mirrors = Result { try Mirrors() }
}
