import Foundation

/// empty-package: a project that holds nothing, the classic placeholder squat (PEP 541 "no functionality").
///
/// Looks for no files at all, releases with zero files, distributions that are metadata only or hold only
/// empty or trivial modules, tiny archives where nothing was inspected, placeholder descriptions (empty, the
/// name itself, tool defaults such as uv's "Add your description here") and placeholder versions as the only
/// release. A metapackage whose requirements pull in real projects is not empty.
///
/// Emptiness alone says "placeholder", not "squat": honest people reserve names too. It takes a target (a name
/// built from a popular project's name, command or import name) or a campaign around it to make an empty
/// project a suspect; the auditor lists lone placeholders apart. A placeholder named after a popular project
/// whose owners hold it is that project's defensive registration.
enum EmptyPackageCheck {
  /// Descriptions that project generators write when the author writes none, lowercased.
  static let placeholderTexts: Set<String> = [
    "add your description here", "a short description of the project", "a small example package",
    "a sample python project", "put a short description here", "my package description", "description",
    "package description", "todo", "tbd", "test", "placeholder", "reserved", "a python package", "lorem ipsum",
    "your project description", "short description", "a short description", "project description",
    "an example package", "hello world", "this is a placeholder", "reserved for future use",
    "reserved for self usage purpose", "coming soon", "a new package", "a python library", "none", "unknown",
  ]

  /// Versions that generators start at; suspicious only as the sole release.
  static let placeholderVersions: Set<String> = ["0", "0.0", "0.0.0", "0.0.1", "0.1", "0.1.0", "0.0.0.dev0"]

  /// Distributions smaller than this hold at most a stub when nothing else is known of them.
  static let tinyDistributionBytes = 2_500
  /// Code below this many bytes that defines nothing is a stub.
  static let trivialCodeBytes = 200

  /// What surrounds a placeholder text without saying anything (`# TODO!`, `"..."`).
  private static let placeholderPunctuation = CharacterSet(charactersIn: " .!\n\t\"'#")

  /// Whether `text` (summary or description) says nothing about the project.
  static func isPlaceholder(_ text: String, name: String) -> Bool {
    guard text.utf8.count <= 256 else { return false }
    let lowered = text.lowercased().trimmingCharacters(in: placeholderPunctuation)
    if lowered.isEmpty || placeholderTexts.contains(lowered) { return true }
    return ProjectName.normalize(lowered) == name
  }

  /// The finding for `project`, if anything about it is empty; `namedAfter` is the popular project its name is
  /// built from, if any: a placeholder named after it is a squat, or its owners' defensive registration.
  static func evaluate(_ project: ProjectFacts, context: CheckContext, namedAfter: String? = nil) -> Finding? {
    guard !project.knowsOnlyTheName else { return nil }
    var signals: [String] = []
    var evidence: [String: EvidenceValue] = [:]
    var base = 0.0
    let metapackage = project.requirements.filter { context.names.contains($0) || context.targets[$0] != nil }
    if project.fileCount == 0 {
      base = 0.7
      signals.append(project.jsonAPIMissing ? "no files, and the JSON API answers 404" : "no files at all")
    } else if metapackage.isEmpty {
      if project.inspectedDistributions > 0, isContentEmpty(project) {
        base = 0.65
        signals.append(
          project.allMetadataOnly
            ? "distributions hold only packaging metadata"
            : "distributions hold only empty or trivial modules (\(project.codeBytes) bytes of code)")
      } else if project.inspectedDistributions == 0, !project.fileSizes.isEmpty,
        let largest = project.fileSizes.max(), largest < tinyDistributionBytes
      {
        base = 0.5
        signals.append("every distribution is smaller than \(tinyDistributionBytes) bytes")
        evidence["largest_file_bytes"] = .number(Double(largest))
      }
    } else {
      evidence["requires"] = .strings(Array(metapackage.sorted().prefix(10)))
    }
    if project.zeroFileReleaseCount > 0 {
      base += base > 0 ? 0.05 : 0.2
      signals.append("\(project.zeroFileReleaseCount) release(s) without files")
      evidence["zero_file_releases"] = .strings(project.zeroFileReleases.sorted())
    }
    if project.hasMetadata || !project.summary.isEmpty, project.summaryIsPlaceholder, project.descriptionIsPlaceholder {
      base += base > 0 ? 0.1 : 0.15
      signals.append("placeholder description")
      if !project.summary.isEmpty { evidence["summary"] = .string(String(project.summary.prefix(120))) }
    }
    if project.versionCount == 1, let version = project.versionSample.first, placeholderVersions.contains(version) {
      base += base > 0 ? 0.08 : 0.1
      signals.append("only release is \(version)")
    }
    guard base >= 0.2 else { return nil }
    evidence["signals"] = .strings(signals)
    evidence["files"] = .number(Double(project.fileCount))
    let counterEvidence = context.counterEvidence(for: project, target: namedAfter)
    var summary = "project holds nothing usable: " + signals.joined(separator: "; ")
    if let namedAfter {
      evidence["target"] = .string(namedAfter)
      summary += "; named after popular project \"\(namedAfter)\""
    }
    return counterEvidence.finding(
      .emptyPackage, base: min(0.85, base), summary: summary, evidence: evidence, targets: namedAfter.map { [$0] } ?? []
    )
  }

  /// Whether the project has no files, or distributions with no code worth the name.
  static func hasNoContent(_ project: ProjectFacts) -> Bool {
    guard !project.knowsOnlyTheName else { return false }
    if project.fileCount == 0 { return true }
    if project.inspectedDistributions > 0 { return isContentEmpty(project) }
    guard let largest = project.fileSizes.max() else { return false }
    return largest < tinyDistributionBytes
  }

  /// Whether the inspected distributions carry no code worth the name.
  static func isContentEmpty(_ project: ProjectFacts) -> Bool {
    if project.allMetadataOnly { return true }
    guard project.nativeExtensions == 0 else { return false }
    if project.pythonModules == 0 { return project.payloadMembers == 0 }
    return project.sourcesRead && !project.definesCode && project.codeBytes < trivialCodeBytes
  }
}
