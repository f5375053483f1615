import Foundation
import SquatwatchFixtures
import SquatwatchKit
import Testing

@Suite struct TarArchiveWriterTests {
  @Test func gzipTarParsesBackWithPaxLongNames() throws {
    var writer = TarArchiveWriter()
    let longName = "pkg-1.0/" + String(repeating: "deep/", count: 30) + "module.py"
    writer.add("pkg-1.0/PKG-INFO", Data("Metadata-Version: 2.1\nName: pkg\n".utf8))
    writer.add(longName, Data("print('hi')\n".utf8))
    writer.add("pkg-1.0/empty.txt", Data())
    let tar = try Inflater.inflate(writer.tarGzip(), format: .gzip, outputLimit: 1 << 20)
    #expect(tar == writer.tar())
    #expect(tar.count % 512 == 0)
    let members = try ArchiveTestReader.tarMembers(tar)
    #expect(members.map(\.name) == ["pkg-1.0/PKG-INFO", longName, "pkg-1.0/empty.txt"])
    #expect(members.allSatisfy { $0.type == "0" })
    #expect(members[1].content == Data("print('hi')\n".utf8))
  }

  @Test func longNameLoopIsManyConsecutiveGNUHeaders() throws {
    let members = try ArchiveTestReader.tarMembers(TarArchiveWriter.longNameLoop(count: 50))
    #expect(members.count == 51)
    #expect(members.prefix(50).allSatisfy { $0.type == "L" && $0.name == "././@LongLink" })
    #expect(members.last?.name == "pkg-1.0/PKG-INFO")
  }

  @Test func lyingSizeDeclaresMoreThanFollows() throws {
    let tar = TarArchiveWriter.lyingSize(name: "pkg-1.0/PKG-INFO", data: Data("short".utf8), declaredSize: 1 << 30)
    #expect(tar.count == 4 * 512)
    let members = try ArchiveTestReader.tarMembers(tar)
    #expect(members.count == 1)
    #expect(members[0].content.count < 1 << 30)
  }

  @Test func unterminatedGzipKeepsProducingAndNeverFinishes() throws {
    let stream = TarArchiveWriter.unterminatedGzip(megabytes: 4)
    #expect(stream.count < 64 * 1024)
    let inflater = try Inflater(format: .gzip, outputLimit: 1 << 30)
    _ = try inflater.push(stream)
    #expect(inflater.totalOut == 4 << 20)
    #expect(!inflater.isFinished)
    #expect(throws: SquatwatchError.self) { try Inflater.inflate(stream, format: .gzip, outputLimit: 1 << 21) }
  }
}
