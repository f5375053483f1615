import Foundation
import SquatwatchKit

/// A byte source that prints every request it serves to stderr, to see where an inspection's bytes go.
final class TracingByteSource: DistributionByteSource {
  private let inner: DataByteSource
  private let label: String

  init(_ inner: DataByteSource, label: String) {
    self.inner = inner
    self.label = label
  }

  var bytesTransferred: Int { inner.bytesTransferred }

  func suffix(_ count: Int, wholeFileLimit: Int) throws(SquatwatchError) -> SuffixRead {
    let before = inner.bytesTransferred
    let read = try inner.suffix(count, wholeFileLimit: wholeFileLimit)
    trace("suffix \(count)", inner.bytesTransferred - before)
    return read
  }

  func read(_ range: Range<Int>) throws(SquatwatchError) -> Data {
    let data = try inner.read(range)
    trace("range \(range.lowerBound)-\(range.upperBound)", data.count)
    return data
  }

  func stream(_ consume: (Data) throws(SquatwatchError) -> Bool) throws(SquatwatchError) {
    let before = inner.bytesTransferred
    try inner.stream(consume)
    trace("stream", inner.bytesTransferred - before)
  }

  private func trace(_ what: String, _ bytes: Int) {
    FileHandle.standardError.write(Data("\(label): \(what): \(bytes) bytes\n".utf8))
  }
}
