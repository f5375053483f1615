import Foundation
import SquatwatchFixtures
import SquatwatchKit
import SquatwatchTestSupport

/// Reports for the format tests: a hand-made one with hostile text in every field, and one audited by the real
/// command line from a generated registry with a campaign burst.
enum ReportSamples {
  /// Four suspects, one per verdict and kind, with quotes, commas, newlines, markup and a formula in the text.
  static let handMade: AuditReport = {
    let typo = Finding(
      check: .typosquat, score: 0.9, summary: "name \"reqeusts\" swaps letters of \"requests\", a, b\nline two",
      evidence: ["target": .string("requests"), "edit": .string("swap")], targets: ["requests"])
    let empty = Finding(
      check: .emptyPackage, score: 0.7, summary: "=HYPERLINK(\"http://evil.test\") <script>alert(1)</script>",
      evidence: ["signals": .strings(["placeholder description", "no files"]), "files": .number(0)])
    let cluster = Finding(
      check: .namingCluster, score: 0.6, summary: "one of 3 projects first uploaded within 1 day(s) (cluster-1)",
      evidence: ["cluster": .string("cluster-1")])
    let system = Finding(
      check: .entryPointHijack, score: 0.55, summary: "installs scripts that overwrite system commands: sudo",
      evidence: ["system_commands": .strings(["sudo"])])
    let defensive = Finding(
      check: .typosquat, score: 0.4, summary: "name \"request\" omits a letter of \"requests\"",
      evidence: ["target": .string("requests")], targets: ["requests"], sharesOwnershipWithTarget: true)
    return AuditReport(
      registry: "https://index.test/simple/", generatedAt: Date(timeIntervalSince1970: 1_751_284_800),
      projectsScanned: 40,
      suspects: [
        SuspectReport(
          project: "reqeusts", score: 0.93, verdict: .likelySquat, findings: [typo, empty], cluster: nil,
          firstUpload: "2025-06-29", owners: ["mallory"]),
        SuspectReport(
          project: "acme-helper", score: 0.82, verdict: .likelySquat, findings: [empty, cluster], cluster: "cluster-1",
          firstUpload: "2025-06-30", owners: ["bulk1"]),
        SuspectReport(
          project: "sudo-tools", score: 0.55, verdict: .suspicious, findings: [system], cluster: nil,
          firstUpload: "2025-06-30", owners: []),
        SuspectReport(
          project: "request", score: 0.2, verdict: .defensivePlaceholder, findings: [defensive], cluster: nil,
          firstUpload: "2025-01-02", owners: ["psf"]),
      ],
      clusters: [
        ClusterReport(
          id: "cluster-1", members: ["acme-helper", "beta-helper", "gamma-helper"],
          firstUpload: "2025-06-30T01:00:00Z", lastUpload: "2025-06-30T09:00:00Z",
          signals: ["email-domain <b>inbox.test</b> (3 of 3)"], template: "{popular}-helper")
      ],
      degradedChecks: [
        DegradedCheck(
          check: .namingCluster, missingSignal: "upload-times", projectsAffected: 2, effect: "bursts cannot be dated")
      ],
      uploadsPerDay: [
        DailyUploads(day: "2025-01-02", projects: 5, flagged: 0),
        DailyUploads(day: "2025-06-29", projects: 4, flagged: 1),
        DailyUploads(day: "2025-06-30", projects: 12, flagged: 2),
      ])
  }()

  /// A generated registry with a campaign burst, audited from disk by the built `squatwatch`; kept for the run.
  final class Audited: Sendable {
    let mirror: TemporaryDirectory
    let cache: TemporaryDirectory
    let reportFile: URL
    let report: AuditReport
    let registry: GeneratedRegistry

    init(projectCount: Int, seed: UInt64) throws {
      registry = RegistryGenerator.generate(projectCount: projectCount, seed: seed)
      mirror = try TemporaryDirectory(prefix: "reports-mirror")
      _ = try BandersnatchMirrorWriter().write(registry, to: mirror.url)
      cache = try TemporaryDirectory(prefix: "reports-cache")
      reportFile = cache.url.appendingPathComponent("report.json")
      let run = try BuiltProduct.run(
        "squatwatch",
        [
          "audit", "--mirror-dir", mirror.path, "--cache-dir", cache.path, "--format", "json", "--output",
          reportFile.path,
          "--quiet",
        ])
      guard run.status == ExitStatus.findings.rawValue else {
        throw ExternalTools.Missing(
          description: "audit of the generated registry failed (\(run.status)): \(run.stderr)")
      }
      report = try JSONReportWriter.report(from: Data(contentsOf: reportFile))
    }

    /// Runs `squatwatch check` on this cache with more arguments; tests running at once wait for each other.
    func check(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
      try BuiltProduct.run(
        "squatwatch", ["check", "--cache-dir", cache.path, "--quiet", "--lock-wait", "120"] + arguments)
    }
  }

  /// 600 projects: a campaign of 18 empty look-alikes registered in a burst, typosquats and command shadows.
  static let burst: Result<Audited, any Error> = Result { try Audited(projectCount: 600, seed: 7) }
}
