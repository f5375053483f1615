import Foundation

/// Reads a whole input file the user named (a list, a map, an allowlist), refusing one over a size limit before
/// reading a byte of it.
enum BoundedFile {
  /// The bytes at `path`; `label` names the file in errors (`the allowlist /x`).
  ///
  /// - Throws: `tooLarge` (a code each caller chooses) over `limit` bytes, `usage` when the file cannot be read.
  static func read(
    _ path: String, label: String, limit: Int, tooLarge: SquatwatchError.Code
  ) throws(SquatwatchError) -> Data {
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    guard size <= limit else {
      let limitText = limit % (1 << 30) == 0 ? "\(limit >> 30) GiB" : "\(limit >> 20) MiB"
      throw SquatwatchError(tooLarge, "\(label) is larger than \(limitText)")
    }
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw SquatwatchError(.usage, "cannot read \(label)", cause: ErrorSummary(error))
    }
  }
}
