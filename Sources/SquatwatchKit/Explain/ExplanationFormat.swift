public import Foundation

/// The output formats of `explain`.
public enum ExplanationFormat: String, CaseIterable, Sendable {
  /// Sections per project, wrapped at the width, for people.
  case text
  /// An array of explanation objects, for tools.
  case json

  /// Renders `explanations` in this format.
  public func render(_ explanations: [ProjectExplanation], width: Int) throws(SquatwatchError) -> String {
    switch self {
    case .text:
      return explanations.map { ExplanationTextWriter(width: width).render($0) }.joined(separator: "\n")
    case .json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      do {
        return String(decoding: try encoder.encode(explanations), as: UTF8.self) + "\n"
      } catch {
        throw SquatwatchError(.malformed, "cannot encode the explanations as JSON", cause: ErrorSummary(error))
      }
    }
  }
}
