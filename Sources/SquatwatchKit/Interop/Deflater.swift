internal import CSquatwatchShims
public import Foundation

/// One-shot zlib compression, for cached bodies and generated fixtures.
public enum Deflater {
  /// Compresses `data` as raw deflate (zip method 8) or gzip.
  public static func deflate(_ data: Data, format: Inflater.Format, level: Int32 = 6) -> Data {
    var stream = z_stream()
    // zlib sets up (and clears) a 32 KiB window and a 64 KiB hash table per stream: most of the cost of
    // compressing a few kilobytes. A raw stream gets a window just covering the input instead; any raw inflater
    // reads it, since windows only need to be at least as large as the compressor's.
    let windowBits = Int32(max(9, min(15, Int.bitWidth - max(data.count - 1, 1).leadingZeroBitCount)))
    let status =
      format == .rawDeflate
      ? sqw_deflate_init_raw(&stream, level, windowBits, max(1, min(8, windowBits - 7)))
      : sqw_deflate_init_gzip(&stream, level)
    precondition(status == Z_OK, "deflateInit2 failed with \(status): zlib is broken")
    defer { deflateEnd(&stream) }
    let bound = Int(deflateBound(&stream, uLong(data.count)))
    var output = [UInt8](repeating: 0, count: bound)
    let written: Int = data.withUnsafeBytes { raw in
      output.withUnsafeMutableBufferPointer { out in
        stream.next_in = UnsafeMutablePointer(mutating: raw.bindMemory(to: Bytef.self).baseAddress)
        stream.avail_in = uInt(raw.count)
        stream.next_out = out.baseAddress
        stream.avail_out = uInt(out.count)
        let result = CSquatwatchShims.deflate(&stream, Z_FINISH)
        precondition(result == Z_STREAM_END, "deflate into a deflateBound buffer must finish")
        return out.count - Int(stream.avail_out)
      }
    }
    return Data(output[0..<written])
  }
}
