import Foundation
import SquatwatchFixtures
import Testing

@testable import SquatwatchKit

@Suite struct TarStreamReaderTests {
  @Test func readsGnuLongNamesAndCollectsWantedMembersAcrossChunks() throws {
    let tar = TarArchiveWriter.longNameLoop(count: 2, data: Data("Name: long\n".utf8))
    let reader = TarStreamReader(limits: InspectionLimits(), maxCollected: 1024)
    var collected: [(name: String, data: Data)] = []
    for start in stride(from: 0, to: tar.count, by: 100) {
      try reader.push(tar.subdata(in: start..<min(tar.count, start + 100))) { _, _ in true }
      collected += reader.takeCollected()
    }
    try reader.finish()
    #expect(reader.isAtEnd)
    let name = try #require(reader.members.first?.name)
    #expect(name.hasPrefix("pkg-1.0/" + String(repeating: "l", count: 120)))
    #expect(name.count > 100)
    #expect(collected.map(\.data) == [Data("Name: long\n".utf8)])
  }

  @Test func keepsOnlyWantedMembersAndListsAll() throws {
    var writer = TarArchiveWriter()
    writer.add("p-1.0/PKG-INFO", Data("Name: p\n".utf8))
    writer.add("p-1.0/big.bin", Data(count: 100_000))
    let reader = TarStreamReader(limits: InspectionLimits(), maxCollected: 1024)
    try reader.push(writer.tar()) { name, _ in name.hasSuffix("PKG-INFO") }
    #expect(
      reader.members == [
        ArchiveMember(name: "p-1.0/PKG-INFO", size: 8), ArchiveMember(name: "p-1.0/big.bin", size: 100_000),
      ])
    #expect(reader.takeCollected().map(\.name) == ["p-1.0/PKG-INFO"])
  }
}
