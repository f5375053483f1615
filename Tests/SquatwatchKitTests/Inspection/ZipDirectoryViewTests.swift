import Foundation
import SquatwatchFixtures
import Testing

@testable import SquatwatchKit

@Suite struct ZipDirectoryViewTests {
  /// A wheel of 300 modules whose names carry a fake record signature and bytes that parse as a record header.
  private func trickyWheel() -> Data {
    var writer = ZipArchiveWriter()
    let fake = "PK\u{01}\u{02}" + String(repeating: "\u{01}", count: 42)
    for index in 0..<300 {
      writer.add("pkg/m\(index)_\(fake)_\(index % 7).py", Data("X = \(index)\n".utf8))
    }
    writer.add("pkg-1.0.dist-info/METADATA", Data("Metadata-Version: 2.1\nName: pkg\nVersion: 1.0\n".utf8))
    writer.add("pkg-1.0.dist-info/WHEEL", Data("Wheel-Version: 1.0\n".utf8))
    writer.add("pkg-1.0.dist-info/RECORD", Data())
    return writer.archive()
  }

  private func view(of data: Data) throws -> (ZipDirectoryView, ZipCentralDirectory) {
    let source = DataByteSource(data)
    let limits = InspectionLimits()
    let fetcher = RangedFetcher(source: source, first: try source.suffix(limits.initialSuffix, wholeFileLimit: 1 << 30))
    let end = try ZipEndRecord(
      fileSize: data.count, initialSearch: limits.initialSuffix, limits: limits, read: fetcher.bytes)
    let full = try ZipCentralDirectory(end: end) { (range: Range<Int>) throws(SquatwatchError) -> Data in
      data.subdata(in: range)
    }
    return (try ZipDirectoryView(end: end, fetcher: fetcher, limits: limits, whole: false), full)
  }

  @Test func readsTheTailPastFakeSignaturesInNames() throws {
    let (view, full) = try view(of: trickyWheel())
    let all = full.entries.map { [$0.recordOffset: $0.name] }.reduce(into: [:]) { $0.merge($1) { a, _ in a } }
    #expect(!view.isComplete)
    #expect(!view.records.isEmpty)
    // Every record found is a real one, and the tail runs without a gap to the directory's end.
    for record in view.records { #expect(all[record.recordOffset] == record.name) }
    #expect(view.records.last?.recordEnd == full.directoryRange.upperBound)
    for (first, second) in zip(view.records, view.records.dropFirst()) { #expect(view.areAdjacent(first, second)) }
  }

  @Test func extendsTheTailUntilTheWholeDirectoryIsKnown() throws {
    let (view, full) = try view(of: trickyWheel())
    var reads = 0
    while !view.isComplete && reads < 64 {
      try view.extendTail()
      reads += 1
    }
    #expect(view.isComplete)
    #expect(view.records.map(\.name) == full.entries.map(\.name))
  }

  @Test func probesBetweenTheHeadAndTheTail() throws {
    let (view, full) = try view(of: trickyWheel())
    try view.extendHead()
    let head = try #require(view.records.first)
    #expect(head.recordOffset == full.directoryRange.lowerBound)
    let names = Set(full.entries.map(\.name))
    var probes = 0
    while let gap = zip(view.records, view.records.dropFirst()).first(where: { !view.areAdjacent($0, $1) }),
      probes < 8
    {
      try view.probe(after: gap.0, before: gap.1)
      probes += 1
    }
    #expect(view.records.count > 2)
    #expect(view.records.allSatisfy { names.contains($0.name) })
  }
}
