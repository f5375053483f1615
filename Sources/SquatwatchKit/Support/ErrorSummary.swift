/// An underlying error reduced to a short, sendable description.
///
/// Decoding and database errors can echo input at length; the cut keeps hostile content out of messages.
struct ErrorSummary: Error, Sendable, CustomStringConvertible {
  let description: String

  init(_ error: any Error) {
    description = String(String(describing: error).prefix(300))
  }
}
