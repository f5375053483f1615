public import Foundation

/// Where the inspector gets a distribution's bytes: an HTTP server, a mirror on disk, or memory.
///
/// Implementations count every byte they deliver in `bytesTransferred`, so the
/// inspector can report what an inspection cost.
public protocol DistributionByteSource: AnyObject {
  /// The last `count` bytes of the file (all of it when the file is shorter).
  ///
  /// A server that ignores Range answers with the whole file; the source then returns
  /// it with `offset` 0, or throws `tooLarge` once more than `wholeFileLimit` bytes arrive.
  func suffix(_ count: Int, wholeFileLimit: Int) throws(SquatwatchError) -> SuffixRead

  /// Exactly the bytes in `range`; fewer or more bytes than asked for is an error the inspector reports.
  func read(_ range: Range<Int>) throws(SquatwatchError) -> Data

  /// Delivers the file from byte 0 in chunks; `consume` returns false to stop the transfer early.
  func stream(_ consume: (Data) throws(SquatwatchError) -> Bool) throws(SquatwatchError)

  /// Bytes delivered so far, over all calls.
  var bytesTransferred: Int { get }
}
