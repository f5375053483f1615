import Foundation
import SquatwatchFixtures
import SquatwatchKit
import SquatwatchTestSupport

/// One generated registry, written once per test run in every shape the interop servers take.
///
/// Every server is seeded from the same registry, so their reports can be compared: the planted squats must be
/// found on each, and a server holding only the legitimate projects must report nothing.
struct InteropRegistry: Sendable {
  let directory: TemporaryDirectory
  let registry: GeneratedRegistry
  /// The full registry with the JSON API and serials, as bandersnatch writes it with `json = true`.
  let mirror: URL
  /// The full registry's pages without JSON API, serials or file bytes, for an HTML-only server
  /// (the files are `mirror`'s: the same registry builds the same bytes).
  let htmlMirror: URL
  /// Every distribution file of the full registry, flat, for pypiserver and devpi uploads.
  let distributions: URL
  /// Only the legitimate projects: as a mirror and as flat files.
  let legitimateMirror: URL
  let legitimateDistributions: URL

  static let projectCount = 120
  private static let generated = Result { try InteropRegistry(seed: 11) }
  static func shared() throws -> InteropRegistry { try generated.get() }

  init(seed: UInt64) throws {
    directory = try TemporaryDirectory(prefix: "interop-registry")
    registry = RegistryGenerator.generate(projectCount: Self.projectCount, seed: seed)
    mirror = directory.url.appendingPathComponent("mirror")
    htmlMirror = directory.url.appendingPathComponent("mirror-html")
    distributions = directory.url.appendingPathComponent("dist")
    legitimateMirror = directory.url.appendingPathComponent("legitimate-mirror")
    legitimateDistributions = directory.url.appendingPathComponent("legitimate-dist")
    _ = try BandersnatchMirrorWriter(options: .init(distDirectory: distributions)).write(registry, to: mirror)
    _ = try BandersnatchMirrorWriter(options: .init(jsonAPI: false, serials: false, distributions: false))
      .write(registry, to: htmlMirror)
    var legitimate = registry
    legitimate.projects = registry.projects.filter { Self.isLegitimate($0.label) }
    _ = try BandersnatchMirrorWriter(options: .init(distDirectory: legitimateDistributions))
      .write(legitimate, to: legitimateMirror)
  }

  /// Whether a project of this label belongs on the legitimate-only servers.
  ///
  /// Defensive placeholders are legitimate, but only owners tell them from squats, and no private server
  /// gives owners: they are asserted on separately, not hidden in the clean set.
  static func isLegitimate(_ label: ProjectLabel) -> Bool { !label.isSquat && label != .defensive }

  /// Normalized names of the planted squats.
  var planted: [String] { names { $0.isSquat } }
  /// Normalized names of the defensive placeholders.
  var defensive: [String] { names { $0 == .defensive } }
  /// Normalized names of the projects on the legitimate-only servers.
  var legitimate: [String] { names(Self.isLegitimate) }

  func names(_ matching: (ProjectLabel) -> Bool) -> [String] {
    registry.projects.filter { matching($0.label) }.map(\.normalizedName)
  }

  /// The files of the projects left off the legitimate-only servers (squats and defensive placeholders).
  func otherDistributions() throws -> [URL] {
    let legitimate = Set(try Self.files(in: legitimateDistributions).map(\.lastPathComponent))
    return try Self.files(in: distributions).filter { !legitimate.contains($0.lastPathComponent) }
  }

  /// The flat distribution files in `folder`.
  static func files(in folder: URL) throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
  }
}
