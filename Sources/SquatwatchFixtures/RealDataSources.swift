public import Foundation
public import SquatwatchKit

/// Reads the files a real-data registry is built from: a download ranking, `malicious-metadata.jsonl`,
/// `benign-lookalikes.csv`, `import-names.csv` (all in ../shared/data, never shipped) and a folder of real wheels.
public enum RealDataSources {
  /// Reads every source; `importNames` and `realWheels` are optional.
  ///
  /// - Throws: `SquatwatchError(.usage)` naming the file that cannot be read or has no rows.
  public static func load(
    ranking: String, maliciousMetadata: String, lookalikes: String, importNames: String?, realWheels: String?
  ) throws(SquatwatchError) -> (sources: RealRegistryGenerator.Sources, unreadableRecords: Int) {
    let list = try PopularityList.load(path: ranking)
    guard !list.entries.isEmpty else { throw SquatwatchError(.usage, "the ranking \(ranking) has no rows") }
    let malicious = MaliciousDistributionRecord.read(jsonLines: try read(maliciousMetadata))
    guard !malicious.records.isEmpty else {
      throw SquatwatchError(.usage, "\(maliciousMetadata) holds no readable record")
    }
    let lookalikeRows = rows(of: try read(lookalikes), columns: ["name", "looks_like"])
    var imports: [String: [String]] = [:]
    if let importNames {
      for row in rows(of: try read(importNames), columns: ["import_name", "project"]) {
        imports[ProjectName.normalize(row[1]), default: []].append(row[0])
      }
    }
    var wheels: [BuiltDistribution] = []
    if let realWheels {
      let files: [String]
      do {
        files = try FileManager.default.contentsOfDirectory(atPath: realWheels).filter { $0.hasSuffix(".whl") }.sorted()
      } catch {
        throw SquatwatchError(.usage, "cannot list the real wheels in \(realWheels): \(error.localizedDescription)")
      }
      for file in files {
        guard case .wheel(let tag) = RecordedDistribution.format(ofFilename: file) else { continue }
        wheels.append(
          BuiltDistribution(
            filename: file, data: try read("\(realWheels)/\(file)"), packageType: .wheel, pythonVersion: tag.python,
            coreMetadata: nil))
      }
    }
    let sources = RealRegistryGenerator.Sources(
      ranking: list.entries.map(\.project), malicious: malicious.records,
      lookalikes: lookalikeRows.map { (ProjectName.normalize($0[0]), ProjectName.normalize($0[1])) },
      knownCommands: try KnownCommands.bundled(), importNames: imports, realWheels: wheels)
    return (sources, malicious.unreadable)
  }

  /// The rows of a simple CSV file (no quoted commas) with a header, as the named columns in order; rows missing
  /// one are skipped.
  static func rows(of data: Data, columns: [String]) -> [[String]] {
    let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
    guard let header = lines.first?.split(separator: ",", omittingEmptySubsequences: false).map(String.init) else {
      return []
    }
    let indices = columns.compactMap { header.firstIndex(of: $0) }
    guard indices.count == columns.count else { return [] }
    return lines.dropFirst().compactMap { line in
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      let picked = indices.compactMap { $0 < fields.count && !fields[$0].isEmpty ? fields[$0] : nil }
      return picked.count == columns.count ? picked : nil
    }
  }

  private static func read(_ path: String) throws(SquatwatchError) -> Data {
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw SquatwatchError(.usage, "cannot read \(path): \(error.localizedDescription)")
    }
  }
}
