import Foundation
import SquatwatchFixtures
import SquatwatchKit
import Testing

@Suite struct ZipArchiveWriterTests {
  private func sampleWriter() -> ZipArchiveWriter {
    var writer = ZipArchiveWriter()
    writer.add("pkg-1.0.dist-info/METADATA", Data("Name: pkg\n".utf8))
    writer.add("pkg/__init__.py", Data(String(repeating: "x = 1\n", count: 200).utf8))
    writer.add("pkg/data.bin", Data([0, 1, 2, 3, 255]), method: .stored)
    return writer
  }

  @Test func writesMembersThatParseBackWithMatchingCRCs() throws {
    let entries = try ArchiveTestReader.zipEntries(sampleWriter().archive())
    #expect(entries.map(\.name) == ["pkg/__init__.py", "pkg/data.bin", "pkg-1.0.dist-info/METADATA"])
    for entry in entries {
      #expect(entry.localName == entry.name)
      #expect(CRC32.checksum(entry.content) == entry.crc)
      #expect(UInt64(entry.content.count) == entry.uncompressedSize)
    }
    #expect(entries.map(\.method) == [8, 0, 8])
    #expect(entries[0].compressedSize < entries[0].uncompressedSize)
    #expect(entries[1].content == Data([0, 1, 2, 3, 255]))
  }

  @Test func isReproducible() {
    #expect(sampleWriter().archive() == sampleWriter().archive())
  }

  @Test func zip64VariantCarriesSizesAndOffsetsInExtraFields() throws {
    let zip = sampleWriter().archive(hostility: .init(zip64: true))
    let entries = try ArchiveTestReader.zipEntries(zip)
    #expect(entries.count == 3)
    #expect(entries.allSatisfy { CRC32.checksum($0.content) == $0.crc })
    #expect(entries.last?.localOffset ?? 0 > 0)
  }

  @Test func overlappingEntriesAllPointAtTheFirstLocalHeader() throws {
    let entries = try ArchiveTestReader.zipEntries(sampleWriter().archive(hostility: .init(overlappingEntries: 5)))
    #expect(entries.count == 8)
    let overlaps = entries.filter { $0.name.hasPrefix("overlap-") }
    #expect(overlaps.count == 5)
    #expect(overlaps.allSatisfy { $0.localOffset == 0 && $0.localName == "pkg/__init__.py" })
  }

  @Test func bombDeclaresAnUncompressedSizeFarBelowTheRealOne() throws {
    var writer = ZipArchiveWriter()
    writer.add("bomb.txt", Data(count: 4 << 20))
    let entries = try ArchiveTestReader.zipEntries(writer.archive(hostility: .init(declaredUncompressedSize: 100)))
    #expect(entries[0].uncompressedSize == 100)
    #expect(entries[0].content.count == 4 << 20)
  }

  @Test func lyingCentralDirectoryDisagreesWithLocalHeaders() throws {
    let zip = sampleWriter().archive(hostility: .init(centralDirectoryLies: true))
    #expect(throws: SquatwatchError.self) { try ArchiveTestReader.zipEntries(zip) }
    let honest = try ArchiveTestReader.zipEntries(sampleWriter().archive())
    #expect(zip.count == sampleWriter().archive().count)
    #expect(honest.count == 3)
  }

  @Test func keepsTraversalNamesVerbatim() throws {
    var writer = ZipArchiveWriter()
    writer.add("../../etc/evil.pth", Data("import os".utf8))
    writer.add("/abs/path.py", Data())
    let names = try ArchiveTestReader.zipEntries(writer.archive()).map(\.name)
    #expect(names == ["../../etc/evil.pth", "/abs/path.py"])
  }
}
