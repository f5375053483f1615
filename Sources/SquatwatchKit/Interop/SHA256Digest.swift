internal import CSquatwatchShims
public import Foundation

/// SHA-256 through OpenSSL's libcrypto, which libcurl already links.
public enum SHA256Digest {
  /// The lowercase hex SHA-256 of `data`.
  public static func hex(of data: Data) -> String {
    var out = [UInt8](repeating: 0, count: 32)
    let status = data.withUnsafeBytes { buffer in
      sqw_sha256(buffer.baseAddress, buffer.count, &out)
    }
    // A digest of zeros would silently merge distinct files in the cache.
    precondition(status == 1, "EVP_Digest(SHA-256) failed: libcrypto is broken")
    return HexEncoding.string(out)
  }
}
