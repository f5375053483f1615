import Foundation
import SquatwatchFixtures
import SquatwatchKit

/// A byte source whose stream never ends: a tar header declaring a huge member, then gzip members of zeros forever.
final class EndlessGzipSource: DistributionByteSource {
  private(set) var bytesTransferred = 0
  private let member = Deflater.deflate(Data(count: 64 * 1024), format: .gzip)

  func suffix(_ count: Int, wholeFileLimit: Int) throws(SquatwatchError) -> SuffixRead {
    throw SquatwatchError(.transport, "an endless stream has no end to read")
  }

  func read(_ range: Range<Int>) throws(SquatwatchError) -> Data {
    throw SquatwatchError(.transport, "an endless stream has no ranges")
  }

  func stream(_ consume: (Data) throws(SquatwatchError) -> Bool) throws(SquatwatchError) {
    let header = TarArchiveWriter.lyingSize(name: "x-1.0/blob", data: Data(), declaredSize: 1 << 40).prefix(512)
    let first = Deflater.deflate(header, format: .gzip)
    bytesTransferred += first.count
    guard try consume(first) else { return }
    while true {
      bytesTransferred += member.count
      guard try consume(member) else { return }
    }
  }
}
