internal import CSquatwatchShims
public import Foundation

/// Streaming zlib decompression with a hard cap on output.
///
/// Archives come from registries that attackers write to, so every inflate is
/// bounded: pushing input past `outputLimit` bytes of output throws
/// `tooLarge` instead of allocating without end (zip and gzip bombs).
public final class Inflater {
  /// The container around the deflate stream.
  public enum Format: Sendable {
    /// Raw deflate, as in zip method 8.
    case rawDeflate
    /// gzip, as in .tar.gz; concatenated members are read in sequence.
    case gzip
  }

  private var stream = z_stream()
  private let format: Format
  private let outputLimit: Int
  /// Bytes of output produced so far.
  public private(set) var totalOut = 0
  /// Whether the (last) deflate stream has ended.
  public private(set) var isFinished = false

  /// Creates an inflater that refuses to produce more than `outputLimit` bytes.
  public init(format: Format, outputLimit: Int) throws(SquatwatchError) {
    self.format = format
    self.outputLimit = outputLimit
    let status = format == .rawDeflate ? sqw_inflate_init_raw(&stream) : sqw_inflate_init_gzip(&stream)
    guard status == Z_OK else {
      throw SquatwatchError(.malformed, "zlib could not start inflating (status \(status))")
    }
  }

  deinit {
    inflateEnd(&stream)
  }

  /// Inflates `input` and returns the output it yields.
  ///
  /// - Throws: `malformed` for corrupt data, `tooLarge` past the output limit.
  public func push(_ input: Data) throws(SquatwatchError) -> Data {
    var output = Data()
    if input.isEmpty { return output }
    var failure: SquatwatchError?
    input.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      guard let base = raw.bindMemory(to: Bytef.self).baseAddress else { return }
      stream.next_in = UnsafeMutablePointer(mutating: base)
      stream.avail_in = uInt(raw.count)
      var chunk = [UInt8](repeating: 0, count: 64 * 1024)
      while stream.avail_in > 0 || !isFinished {
        if isFinished {
          // Bytes after the end of a gzip member start another member.
          guard format == .gzip, inflateReset(&stream) == Z_OK else { break }
          isFinished = false
        }
        let produced: Int
        let status: Int32
        (status, produced) = chunk.withUnsafeMutableBufferPointer { out in
          stream.next_out = out.baseAddress
          stream.avail_out = uInt(out.count)
          let status = CSquatwatchShims.inflate(&stream, Z_NO_FLUSH)
          return (status, out.count - Int(stream.avail_out))
        }
        if produced > 0 {
          totalOut += produced
          if totalOut > outputLimit {
            failure = SquatwatchError(.tooLarge, "inflates past the \(outputLimit)-byte limit")
            return
          }
          output.append(contentsOf: chunk[0..<produced])
        }
        switch status {
        case Z_STREAM_END:
          isFinished = true
        case Z_OK:
          if produced == 0 && stream.avail_in == 0 { return }
        case Z_BUF_ERROR:
          return
        default:
          failure = SquatwatchError(.malformed, "corrupt deflate data (zlib status \(status))")
          return
        }
      }
    }
    stream.next_in = nil
    if let failure { throw failure }
    return output
  }

  /// Inflates a whole buffer at once.
  ///
  /// - Throws: `malformed` for corrupt or truncated data, `tooLarge` past `outputLimit`.
  public static func inflate(_ data: Data, format: Format, outputLimit: Int) throws(SquatwatchError) -> Data {
    let inflater = try Inflater(format: format, outputLimit: outputLimit)
    let output = try inflater.push(data)
    guard inflater.isFinished else {
      throw SquatwatchError(.malformed, "deflate stream is truncated")
    }
    return output
  }
}

@available(*, unavailable)
extension Inflater: Sendable {}
