import Foundation
import SquatwatchKit
import Testing

@Suite struct SARIFReportWriterTests {
  /// Validates `document` against the official SARIF 2.1.0 schema with Python's `jsonschema`; returns its errors.
  private func schemaErrors(_ document: String) throws -> (status: Int32, errors: String) {
    let schema = try ExternalTools.sharedData("sarif-schema-2.1.0.json")
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("sarif-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: file) }
    try Data(document.utf8).write(to: file)
    let script = """
      import json, sys, jsonschema
      schema = json.load(open(sys.argv[1]))
      validator = jsonschema.validators.validator_for(schema)(schema)
      errors = sorted(validator.iter_errors(json.load(open(sys.argv[2]))), key=lambda e: list(e.path))
      for error in errors[:20]:
          print("/".join(map(str, error.path)) + ": " + error.message)
      sys.exit(1 if errors else 0)
      """
    let run = try ExternalTools.run(try ExternalTools.python(), ["-c", script, schema.path, file.path])
    return (run.status, run.stdout + run.stderr)
  }

  @Test(.tags(.process)) func handMadeReportIsValidSARIF() throws {
    let document = try ReportFormat.sarif.render(ReportSamples.handMade, width: 100, terminal: false)
    let result = try schemaErrors(document)
    #expect(result.status == 0, "\(result.errors)")
  }

  @Test(.tags(.process)) func generatedRegistryReportIsValidSARIF() throws {
    let audited = try ReportSamples.burst.get()
    let document = try ReportFormat.sarif.render(audited.report, width: 100, terminal: false)
    let result = try schemaErrors(document)
    #expect(result.status == 0, "\(result.errors)")
  }

  @Test(.tags(.process)) func theValidatorRejectsABrokenDocument() throws {
    let document = try ReportFormat.sarif.render(ReportSamples.handMade, width: 100, terminal: false)
    let broken = document.replacingOccurrences(of: "\"version\" : \"2.1.0\"", with: "\"version\" : \"2.0\"")
    #expect(broken != document)
    let result = try schemaErrors(broken)
    #expect(result.status == 1)
    #expect(result.errors.contains("version"))
  }

  @Test func oneRunWithTheFourRulesAndOneResultPerFinding() throws {
    let report = ReportSamples.handMade
    let data = Data(try ReportFormat.sarif.render(report, width: 100, terminal: false).utf8)
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(root["version"] as? String == "2.1.0")
    let runs = try #require(root["runs"] as? [[String: Any]])
    #expect(runs.count == 1)
    let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "squatwatch")
    #expect(driver["version"] as? String == SquatwatchVersion.current)
    #expect(driver["informationUri"] as? String == SquatwatchVersion.projectURL)
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.compactMap { $0["id"] as? String } == CheckName.allCases.map(\.rawValue))
    let results = try #require(runs[0]["results"] as? [[String: Any]])
    #expect(results.count == report.suspects.reduce(0) { $0 + $1.findings.count })
    let levels = results.map { result -> String in
      let location = (result["locations"] as? [[String: Any]])?.first?["logicalLocations"] as? [[String: Any]]
      return
        "\(location?.first?["name"] as? String ?? "?") \(result["ruleId"] as? String ?? "?") \(result["level"] as? String ?? "?")"
    }
    #expect(levels.contains("reqeusts typosquat error"))
    #expect(levels.contains("sudo-tools entry-point-hijack warning"))
    #expect(levels.contains("request typosquat note"))
    let properties = try #require(results.first?["properties"] as? [String: Any])
    #expect(properties["score"] as? Double == 0.9)
    #expect(properties["verdict"] as? String == "likely-squat")
    #expect((properties["evidence"] as? [String: Any])?["target"] as? String == "requests")
  }
}
