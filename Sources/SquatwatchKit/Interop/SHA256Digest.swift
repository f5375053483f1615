internal import CSquatwatchShims
public import Foundation

/// SHA-256 through OpenSSL's libcrypto, which libcurl already links.
public enum SHA256Digest {
  /// The lowercase hex SHA-256 of `data`.
  public static func hex(of data: Data) -> String {
    var out = [UInt8](repeating: 0, count: 32)
    data.withUnsafeBytes { buffer in
      _ = sqw_sha256(buffer.baseAddress, buffer.count, &out)
    }
    return HexEncoding.string(out)
  }
}
