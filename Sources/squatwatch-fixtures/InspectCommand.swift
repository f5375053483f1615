import ArgumentParser
import Foundation
import SquatwatchKit

/// `inspect`: inspects local distribution files from memory, as the crawl would over HTTP or completely, for the
/// inspection benchmark's reference (a full read of each wheel) and for looking at one file.
struct InspectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inspect",
    abstract: "Inspect local wheels and sdists; print one JSON object per file.",
    discussion: """
      Each line holds the file name, the bytes and requests the inspection took from the file, and the inspection \
      as squatwatch stores it. With --full the whole file is read: every member, every module and the whole \
      METADATA header, the reference a crawl's ranged inspection is compared with.
      """
  )

  @Flag(name: .long, help: "Read every member and every module instead of as little as the crawl reads.")
  var full = false

  @Flag(name: .long, help: "Read METADATA as for an index with a JSON API (only what that API lacks).")
  var jsonAPI = false

  @Flag(name: .long, help: "Print every request the inspection makes to stderr.")
  var trace = false

  @Argument(help: "Distribution files (.whl, .tar.gz, .zip).")
  var files: [String]

  func run() throws {
    var limits = InspectionLimits()
    if full {
      limits.initialSuffix = limits.wholeFileLimit
      limits.wholeDirectorySize = limits.maxDirectorySize
      limits.readsEveryModule = true
      limits.maxStreamBytes = limits.wholeFileLimit
    }
    let inspector = DistributionInspector(limits: limits)
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    for path in files {
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      let name = URL(fileURLWithPath: path).lastPathComponent
      let source = DataByteSource(data)
      let file = DistributionFile(
        filename: name, url: "file:///\(name)", hashes: ["sha256": SHA256Digest.hex(of: data)], size: data.count)
      let inspection = inspector.inspect(
        file, source: trace ? TracingByteSource(source, label: name) : source,
        coreMetadata: full || !jsonAPI ? .allFields : .importNames)
      let line: [String: Any] = [
        "file": name, "bytes": source.bytesTransferred, "requests": source.requests,
        "inspection": try JSONSerialization.jsonObject(with: encoder.encode(inspection)),
      ]
      print(String(decoding: try JSONSerialization.data(withJSONObject: line, options: .sortedKeys), as: UTF8.self))
    }
  }
}
