internal import CSquatwatchShims
public import Foundation

/// One-shot zlib compression, for cached bodies and generated fixtures.
public enum Deflater {
  /// Compresses `data` as raw deflate (zip method 8) or gzip.
  public static func deflate(_ data: Data, format: Inflater.Format, level: Int32 = 6) -> Data {
    var stream = z_stream()
    let status =
      format == .rawDeflate
      ? sqw_deflate_init_raw(&stream, level) : sqw_deflate_init_gzip(&stream, level)
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
