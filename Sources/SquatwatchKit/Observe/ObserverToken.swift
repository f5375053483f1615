import Foundation

/// A PyPI API token with observer access (`api:observations:add`), sent as `Authorization: Bearer`.
///
/// Its description is redacted so it can never reach a log, a report, the cache or an error message by accident;
/// only `authorization` reads it, for the request header.
public struct ObserverToken: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
  /// The environment variable the token is read from when no file is given.
  public static let environmentVariable = "PYPI_OBSERVER_TOKEN"
  /// A token is a few hundred bytes; a larger file is not one.
  static let maximumFileBytes = 64 << 10

  private let value: String

  /// The token in `file` (surrounding whitespace ignored), or else in `PYPI_OBSERVER_TOKEN`.
  ///
  /// - Throws: `usage` when there is none, the file cannot be read, or the token holds characters no header may
  ///   carry (a line break would start another header).
  public static func load(file: String?, environment: [String: String]) throws(SquatwatchError) -> ObserverToken {
    let text: String
    let source: String
    if let file {
      let data = try BoundedFile.read(file, label: "the token file \(file)", limit: maximumFileBytes, tooLarge: .usage)
      text = String(decoding: data, as: UTF8.self)
      source = "the token file \(file)"
    } else if let variable = environment[environmentVariable], !variable.isEmpty {
      text = variable
      source = environmentVariable
    } else {
      throw SquatwatchError(
        .usage,
        "observe needs a PyPI API token with observer access: set \(environmentVariable) or pass --token-file FILE "
          + "(or try --dry-run, which needs none)")
    }
    let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !token.isEmpty else { throw SquatwatchError(.usage, "\(source) holds no token") }
    guard token.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else {
      throw SquatwatchError(.usage, "\(source) holds more than one token: spaces, line breaks or non-ASCII inside it")
    }
    return ObserverToken(value: token)
  }

  /// The `Authorization` header's value.
  var authorization: String { "Bearer \(value)" }

  /// `text` with every occurrence of the token replaced, for echoing a server's answer.
  func redacting(_ text: String) -> String { text.replacingOccurrences(of: value, with: "<token>") }

  public var description: String { "<token redacted>" }
  public var debugDescription: String { description }
}
