import Foundation

/// Harmless stand-ins of an exact size for members whose real content is not ours to copy (or is malware).
///
/// Python filler is real, inert code (constants and functions returning them), so a reader that asks "does this
/// module define anything?" sees what the recorded module's size suggests, and none of the original behaviour.
enum FillerContent {
  private static let binarySuffixes = [
    ".so", ".pyd", ".dll", ".exe", ".dylib", ".bin", ".pyc", ".png", ".jpg", ".jpeg", ".gif", ".ico", ".zip", ".gz",
    ".whl", ".jar", ".7z",
  ]

  /// Filler for the member at `path` of exactly `size` bytes; `seed` varies it between members.
  static func member(path: String, size: Int, seed: UInt64) -> Data {
    let lower = path.lowercased()
    if lower.hasSuffix("/setup.py") || lower == "setup.py" { return setupScript(size: size) }
    if lower.hasSuffix(".py") { return python(size: size, seed: seed) }
    if binarySuffixes.contains(where: lower.hasSuffix) { return Data(count: size) }
    return text(size: size, seed: seed)
  }

  /// Inert Python: a docstring, then functions returning constants, padded to `size` with a comment.
  static func python(size: Int, seed: UInt64) -> Data {
    var random = SeededGenerator(seed: seed)
    var text = "\"\"\"Evaluation filler of the recorded size: inert code, not the original module.\"\"\"\n"
    var index = 0
    while true {
      let chunk = "\n\ndef value_\(index)():\n    return \(random.next() % 1_000_000_007)\n"
      guard text.utf8.count + chunk.utf8.count <= size else { break }
      text += chunk
      index += 1
    }
    return fitted(text, to: size)
  }

  /// A setup script that only declares the filler project, padded to `size`.
  static func setupScript(size: Int) -> Data {
    fitted("from setuptools import setup\n\nsetup()\n", to: size)
  }

  /// Plain text lines, padded to `size`.
  static func text(size: Int, seed: UInt64) -> Data {
    var random = SeededGenerator(seed: seed)
    let words = ["filler", "recorded", "size", "member", "evaluation", "text", "line", "content", "stand-in"]
    var text = ""
    while true {
      let line =
        (0..<8).map { _ in words.randomElement(using: &random) ?? "filler" }.joined(separator: " ") + "\n"
      guard text.utf8.count + line.utf8.count <= size else { break }
      text += line
    }
    return fitted(text, to: size, comment: "")
  }

  /// `text` padded to exactly `size` bytes with one more line (a `#` comment for code); when `text` alone is too
  /// long, that line alone.
  private static func fitted(_ text: String, to size: Int, comment: String = "#") -> Data {
    guard size > 0 else { return Data() }
    let body = text.utf8.count <= size ? text : ""
    let missing = size - body.utf8.count
    guard missing > 0 else { return Data(body.utf8) }
    let pad = missing == 1 ? "\n" : comment + String(repeating: "x", count: missing - 1 - comment.count) + "\n"
    return Data((body + pad).utf8)
  }
}
