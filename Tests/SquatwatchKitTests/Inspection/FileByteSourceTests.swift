import Foundation
import Testing

@testable import SquatwatchKit

@Suite struct FileByteSourceTests {
  @Test func readsSuffixRangesAndStreamsFromDisk() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("squatwatch-\(UUID().uuidString).bin")
    let data = Data((0..<10_000).map { UInt8($0 % 251) })
    try data.write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let source = try FileByteSource(url: url, chunkSize: 4096)
    let tail = try source.suffix(100, wholeFileLimit: 1 << 20)
    #expect(tail.offset == 9_900 && tail.totalSize == 10_000 && tail.bytes == data.suffix(100))
    #expect(try source.read(10..<20) == data.subdata(in: 10..<20))
    var streamed = Data()
    try source.stream { chunk in
      streamed.append(chunk)
      return streamed.count < 8192
    }
    #expect(streamed == data.prefix(8192))
    #expect(source.bytesTransferred == 100 + 10 + 8192)
  }

  @Test func dataSourceIgnoringRangeSendsTheWholeFile() throws {
    let data = Data(count: 1000)
    let source = DataByteSource(data, ignoresRange: true)
    let tail = try source.suffix(10, wholeFileLimit: 1 << 20)
    #expect(tail.isWholeFile)
    #expect(throws: SquatwatchError.self) { try source.suffix(10, wholeFileLimit: 100) }
  }
}
