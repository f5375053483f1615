import Foundation

/// Renders a `ProjectExplanation` as text: the conclusion first, then each check, the cluster and the combination.
struct ExplanationTextWriter {
  var width: Int

  func render(_ explanation: ProjectExplanation) -> String {
    var lines: [String] = []
    func add(_ text: String, indent: Int = 0) {
      let prefix = String(repeating: " ", count: indent)
      lines += TextWrapping.wrap(text, width: width - indent, hanging: 4).map { prefix + $0 }
    }
    let heading =
      explanation.name == explanation.project ? explanation.project : "\(explanation.name) (\(explanation.project))"
    add("\(heading): \(explanation.conclusion)")
    guard explanation.inCache else { return lines.joined(separator: "\n") + "\n" }
    if let popular = explanation.popular { add("popular: \(popular)", indent: 2) }
    for check in explanation.checks {
      let scores =
        check.verdict == .silent
        ? "silent"
        : "\(check.verdict.rawValue), raw \(DecimalText.twoPlaces(check.rawScore)) -> \(DecimalText.twoPlaces(check.score))"
      add("\(check.check.rawValue): \(scores): \(check.summary)", indent: 2)
      for (key, value) in check.evidence.sorted(by: { $0.key < $1.key }) {
        add("\(key.replacingOccurrences(of: "_", with: " ")): \(Self.text(value))", indent: 6)
      }
      for item in check.counterEvidence {
        add("counter-evidence: \(item.reason) ×\(DecimalText.twoPlaces(item.factor))", indent: 6)
      }
      for target in check.targets {
        add(
          "target \(target.target) (\(target.relation), \(DecimalText.twoPlaces(target.score))): \(target.reason)",
          indent: 6)
      }
    }
    if let cluster = explanation.cluster {
      add(
        "cluster \(cluster.id): \(cluster.members.count) projects first uploaded \(cluster.firstUpload.prefix(10))"
          + "..\(cluster.lastUpload.prefix(10)), template \(cluster.template ?? "none")", indent: 2)
      add("shared signals: " + cluster.signals.joined(separator: "; "), indent: 6)
      add("members: " + cluster.members.joined(separator: ", "), indent: 6)
    }
    let scored = explanation.checks.filter { $0.verdict != .silent }
    let product = scored.map { "(1 - \(DecimalText.twoPlaces($0.score)))" }.joined(separator: " × ")
    add(
      "combined: \(DecimalText.twoPlaces(explanation.combinedScore))"
        + (scored.isEmpty ? "" : " = 1 - \(product)")
        + "; suspicious at \(DecimalText.twoPlaces(explanation.suspiciousThreshold)), likely-squat at "
        + DecimalText.twoPlaces(explanation.likelyThreshold), indent: 2)
    return lines.joined(separator: "\n") + "\n"
  }

  private static func text(_ value: EvidenceValue) -> String {
    switch value {
    case .string(let text): text
    case .number(let number): number == number.rounded() ? "\(Int64(number))" : DecimalText.twoPlaces(number)
    case .strings(let list): list.joined(separator: "; ")
    }
  }
}
