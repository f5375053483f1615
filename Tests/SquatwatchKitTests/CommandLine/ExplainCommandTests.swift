import Foundation
import SquatwatchFixtures
import SquatwatchTestSupport
import Testing

@testable import SquatwatchKit

/// `squatwatch explain` over the cache of the generated burst registry (ReportSamples.burst), as an admin asks it
/// why a project is, or is not, in the report.
@Suite(.tags(.process)) struct ExplainCommandTests {
  private func explain(_ arguments: [String]) throws -> [ProjectExplanation] {
    let audited = try ReportSamples.burst.get()
    let run = try BuiltProduct.run(
      "squatwatch",
      ["explain", "--cache-dir", audited.cache.path, "--quiet", "--lock-wait", "120", "--format", "json"] + arguments)
    #expect(run.status == 0, "\(run.stderr)")
    return try JSONDecoder().decode([ProjectExplanation].self, from: Data(run.stdout.utf8))
  }

  /// For every suspect of the report, explain gives the same verdict and score, and each finding's score comes
  /// from its raw score through the listed counter-evidence factors.
  @Test func explainsEachSuspectWithTheReportsScoresAndTheWeighingBehindThem() throws {
    let report = try ReportSamples.burst.get().report
    let explanations = try explain(report.suspects.map(\.project))
    #expect(explanations.count == report.suspects.count)
    for (suspect, explanation) in zip(report.suspects, explanations) {
      #expect(explanation.verdict == suspect.verdict, "\(suspect.project)")
      #expect(explanation.combinedScore == suspect.score, "\(suspect.project)")
      #expect(explanation.conclusion.hasPrefix("flagged") || suspect.verdict == .defensivePlaceholder)
      for finding in suspect.findings {
        let check = try #require(explanation.checks.first { $0.check == finding.check })
        #expect(check.score == finding.score && check.verdict != .silent, "\(suspect.project) \(finding.check)")
        let factors = check.counterEvidence.reduce(1) { $0 * $1.factor }
        #expect(abs(check.rawScore * factors - check.score) <= 0.002, "\(suspect.project) \(finding.check)")
      }
      #expect(explanation.checks.filter { $0.verdict != .silent }.count == suspect.findings.count)
      if let id = suspect.cluster {
        #expect(explanation.cluster?.id == id)
        #expect(explanation.cluster?.members.contains(suspect.project) == true)
      }
    }
  }

  /// A long-lived project near a popular name is not flagged, and says which counter-evidence cleared it.
  @Test func explainsWhyANearNameProjectIsNotFlagged() throws {
    let audited = try ReportSamples.burst.get()
    let flagged = Set(audited.report.suspects.map(\.project))
    let nearNames = audited.registry.projects.filter { $0.label == .nearNameLegit }.map(\.normalizedName)
      .filter { !flagged.contains($0) }
    let explanations = try explain(nearNames)
    let weighed = explanations.filter { $0.checks.contains { $0.verdict != .silent } }
    #expect(!weighed.isEmpty)
    for explanation in weighed {
      #expect(explanation.verdict == nil)
      #expect(explanation.combinedScore < explanation.suspiciousThreshold)
      #expect(explanation.conclusion.hasPrefix("not flagged: combined"), "\(explanation.conclusion)")
      let typosquat = try #require(explanation.checks.first { $0.check == .typosquat })
      if typosquat.verdict != .silent {
        #expect(!typosquat.counterEvidence.isEmpty)
        #expect(explanation.conclusion.contains("counter-evidence ("), "\(explanation.conclusion)")
        #expect(typosquat.targets.contains { $0.kept && $0.reason.hasPrefix("kept, strongest") })
      }
    }
  }

  @Test func saysWhenANameIsNotCachedAndWhichCachedNamesAreNearest() throws {
    let audited = try ReportSamples.burst.get()
    let real = try #require(audited.report.suspects.first { $0.project.count >= 8 }).project
    let mistyped = String(real.dropLast()) + "q"
    let explanation = try #require(try explain([mistyped]).first)
    #expect(!explanation.inCache && explanation.checks.isEmpty)
    #expect(explanation.nearestCached.first == real)
    #expect(explanation.conclusion.contains("is not in the cache"))
  }

  /// With a download list in which a typosquat has more than a tenth of its target's downloads (but is not popular
  /// itself), the target is dropped and explain says why; the target itself is popular and says so.
  @Test func explainsADroppedTargetAndAPopularProject() throws {
    let audited = try ReportSamples.burst.get()
    let suspect = try #require(
      audited.report.suspects.first { suspect in
        suspect.findings.count == 1 && suspect.findings[0].check == .typosquat
      })
    guard case .string(let target) = suspect.findings[0].evidence["target"] else {
      Issue.record("typosquat finding without target")
      return
    }
    let work = try TemporaryDirectory(prefix: "explain-popular")
    let list = work.url.appendingPathComponent("top.csv")
    // The suspect ranks below the 5,000 popular targets, so it is judged, not protected.
    let fillers = (1...5_000).map { "10000,zz-listed-\($0)\n" }.joined()
    try Data("download_count,project\n50000,\(target)\n\(fillers)9000,\(suspect.project)\n".utf8).write(to: list)
    let explanations = try explain([suspect.project, target, "--popular", list.path])
    let typosquat = try #require(explanations[0].checks.first { $0.check == .typosquat })
    #expect(typosquat.verdict == .silent)
    let dropped = try #require(typosquat.targets.first { $0.target == target })
    #expect(!dropped.kept)
    #expect(dropped.reason.contains("9000 downloads, not under 1/10 of \(target)'s 50000"))
    #expect(explanations[1].popular?.contains("50000 downloads") == true)
    #expect(explanations[1].checks.allSatisfy { $0.verdict == .silent })
    #expect(explanations[1].conclusion.hasPrefix("not flagged: one of the popular targets"))
  }

  @Test func textSaysTheConclusionFirstAndShowsTheArithmetic() throws {
    let audited = try ReportSamples.burst.get()
    let suspect = try #require(audited.report.suspects.first { $0.findings.count >= 2 && $0.cluster != nil })
    let run = try BuiltProduct.run(
      "squatwatch", ["explain", "--cache-dir", audited.cache.path, "--quiet", "--lock-wait", "120", suspect.project])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("\(suspect.project): flagged \(suspect.verdict.rawValue)") == true)
    #expect(lines.contains { $0.hasPrefix("  cluster \(suspect.cluster ?? "")") })
    let order = CheckName.allCases
    let factors = suspect.findings.sorted {
      (order.firstIndex(of: $0.check) ?? 0) < (order.firstIndex(of: $1.check) ?? 0)
    }.map { "(1 - \(DecimalText.twoPlaces($0.score)))" }
    let combined = "combined: \(DecimalText.twoPlaces(suspect.score)) = 1 - " + factors.joined(separator: " × ")
    #expect(TextWrapping.oneLine(run.stdout).split(separator: " ").joined(separator: " ").contains(combined))
  }
}
