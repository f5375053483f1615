import Foundation
import SquatwatchKit
import Testing

@Suite struct InflaterTests {
  @Test func roundTripsRawDeflateAndGzip() throws {
    let text = Data(String(repeating: "squatwatch ", count: 1000).utf8)
    for format in [Inflater.Format.rawDeflate, .gzip] {
      let packed = Deflater.deflate(text, format: format)
      #expect(packed.count < text.count)
      #expect(try Inflater.inflate(packed, format: format, outputLimit: 1 << 20) == text)
    }
  }

  @Test func stopsABombAtTheOutputLimit() {
    let bomb = Deflater.deflate(Data(count: 10_000_000), format: .gzip)
    #expect(throws: SquatwatchError.self) {
      try Inflater.inflate(bomb, format: .gzip, outputLimit: 1_000_000)
    }
  }

  @Test func rejectsCorruptAndTruncatedStreams() {
    let packed = Deflater.deflate(Data(String(repeating: "x", count: 5000).utf8), format: .gzip)
    #expect(throws: SquatwatchError.self) {
      try Inflater.inflate(packed.prefix(packed.count / 2), format: .gzip, outputLimit: 1 << 20)
    }
    #expect(throws: SquatwatchError.self) {
      try Inflater.inflate(Data("not gzip at all".utf8), format: .gzip, outputLimit: 1 << 20)
    }
  }

  @Test func readsConcatenatedGzipMembers() throws {
    let joined = Deflater.deflate(Data("one ".utf8), format: .gzip) + Deflater.deflate(Data("two".utf8), format: .gzip)
    #expect(try Inflater.inflate(joined, format: .gzip, outputLimit: 100) == Data("one two".utf8))
  }
}

@Suite struct CRC32Tests {
  @Test func matchesTheZipCheckValue() {
    #expect(CRC32.checksum(Data("123456789".utf8)) == 0xCBF4_3926)
    let whole = CRC32.checksum(Data("hello world".utf8))
    #expect(CRC32.checksum(Data(" world".utf8), initial: CRC32.checksum(Data("hello".utf8))) == whole)
  }
}
