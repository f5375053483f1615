public import Foundation

/// Renders an `AuditReport` as the JSON contract automation reads.
public enum JSONReportWriter {
  /// The report as pretty-printed JSON with sorted keys and ISO 8601 dates.
  public static func data(_ report: AuditReport) throws(SquatwatchError) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    do {
      var data = try encoder.encode(report)
      data.append(UInt8(ascii: "\n"))
      return data
    } catch {
      throw SquatwatchError(.malformed, "cannot encode the report as JSON", cause: error)
    }
  }

  /// Reads a report back, for example to compare runs.
  public static func report(from data: Data) throws(SquatwatchError) -> AuditReport {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    do {
      return try decoder.decode(AuditReport.self, from: data)
    } catch {
      throw SquatwatchError(.malformed, "not a squatwatch JSON report", cause: error)
    }
  }
}
