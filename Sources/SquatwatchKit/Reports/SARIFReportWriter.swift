import Foundation

/// Renders an `AuditReport` as SARIF 2.1.0 for code-scanning dashboards.
///
/// One run; the driver lists every check as a rule; each finding of each suspect is one result whose logical
/// location is the project, whose level follows the suspect's verdict, and whose properties carry the scores,
/// verdict and evidence. `partialFingerprints` keep a result's identity across runs so dashboards track it.
enum SARIFReportWriter {
  static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

  static func render(_ report: AuditReport) throws(SquatwatchError) -> String {
    let rules = CheckName.allCases
    let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1, $0) })
    var results: [[String: Any]] = []
    for suspect in report.suspects {
      for finding in suspect.findings {
        var properties: [String: Any] = [
          "score": finding.score, "suspectScore": suspect.score, "verdict": suspect.verdict.rawValue,
          "evidence": finding.evidence.mapValues(jsonValue),
        ]
        if let cluster = suspect.cluster { properties["cluster"] = cluster }
        if let day = suspect.firstUpload { properties["firstUpload"] = day }
        if !suspect.owners.isEmpty { properties["owners"] = suspect.owners }
        results.append([
          "ruleId": finding.check.rawValue,
          "ruleIndex": ruleIndex[finding.check] ?? 0,
          "level": level(suspect.verdict),
          "message": ["text": "\(suspect.project): \(finding.summary)"],
          "locations": [
            [
              "logicalLocations": [
                ["name": suspect.project, "fullyQualifiedName": suspect.project, "kind": "package"]
              ]
            ]
          ],
          "partialFingerprints": ["squatwatch/project-check/v1": "\(suspect.project)/\(finding.check.rawValue)"],
          "properties": properties,
        ])
      }
    }
    let driver: [String: Any] = [
      "name": "squatwatch", "version": SquatwatchVersion.current, "semanticVersion": SquatwatchVersion.current,
      "informationUri": SquatwatchVersion.projectURL,
      "rules": rules.map { rule in
        [
          "id": rule.rawValue, "name": ruleName(rule),
          "shortDescription": ["text": shortDescription(rule)],
          "fullDescription": ["text": fullDescription(rule)],
          "helpUri": SquatwatchVersion.projectURL + "#how-it-checks",
          "defaultConfiguration": ["level": "warning"],
        ] as [String: Any]
      },
    ]
    let run: [String: Any] = [
      "tool": ["driver": driver],
      "automationDetails": ["id": "squatwatch/\(report.registry)/"],
      "invocations": [
        [
          "executionSuccessful": true,
          "endTimeUtc": UploadTime.text(Int64(report.generatedAt.timeIntervalSince1970)),
        ] as [String: Any]
      ],
      "results": results,
      "properties": [
        "registry": report.registry, "projectsScanned": report.projectsScanned,
        "allowlisted": report.allowlisted.map(\.project),
        "degradedChecks": report.degradedChecks.map {
          "\($0.check.rawValue) without \($0.missingSignal) (\($0.projectsAffected) projects): \($0.effect)"
        },
      ] as [String: Any],
    ]
    let root: [String: Any] = ["$schema": schemaURI, "version": "2.1.0", "runs": [run]]
    do {
      let data = try JSONSerialization.data(
        withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
      return String(decoding: data, as: UTF8.self) + "\n"
    } catch {
      throw SquatwatchError(.malformed, "cannot encode the report as SARIF", cause: ErrorSummary(error))
    }
  }

  /// `error` for a likely squat, `warning` for a suspicious project, `note` for a defensive registration.
  static func level(_ verdict: Verdict) -> String {
    switch verdict {
    case .likelySquat: "error"
    case .suspicious: "warning"
    case .defensivePlaceholder, .placeholder: "note"
    }
  }

  static func jsonValue(_ value: EvidenceValue) -> Any {
    switch value {
    case .string(let text): text
    case .number(let number): number
    case .strings(let list): list
    }
  }

  private static func ruleName(_ rule: CheckName) -> String {
    rule.rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }

  private static func shortDescription(_ rule: CheckName) -> String {
    switch rule {
    case .emptyPackage: "Empty placeholder project"
    case .entryPointHijack: "Project takes a popular project's command or import name"
    case .namingCluster: "Part of a burst of look-alike registrations"
    case .typosquat: "Name imitates a popular project's name"
    case .dependencyConfusion: "Private project's name also exists on the upstream index"
    case .watchedName: "Name on a watch list, or one edit from one, registered by someone not allowed to"
    }
  }

  private static func fullDescription(_ rule: CheckName) -> String {
    switch rule {
    case .emptyPackage:
      "No files, zero-file releases, metadata-only or trivial distributions, placeholder descriptions and versions."
    case .entryPointHijack:
      "The project's name is a popular project's command or import name, or its distributions install scripts "
        + "named like a popular project's or a core system command."
    case .namingCluster:
      "Projects first uploaded in a burst that share a naming template and metadata fingerprints (owners, e-mail "
        + "domain, summary, file sizes or hashes, version)."
    case .typosquat:
      "Repeated, omitted or swapped characters, swapped words, keyboard and look-alike substitutions, separators "
        + "and affixes around a popular project's name."
    case .dependencyConfusion:
      "A project of the audited private index whose name also exists on the upstream index (--upstream): pip with "
        + "--extra-index-url takes the highest version from either index, so the upstream project can replace the "
        + "private one. Raised when the upstream project is newer, has a higher version, shares no owner, e-mail or "
        + "repository with the private project, or is empty."
    case .watchedName:
      "A project named like a --watch list entry (exactly or one edit away) whose owners are not among the list's "
        + "allowed owners: LLM-hallucinated names, an organization's reserved or internal names."
    }
  }
}
