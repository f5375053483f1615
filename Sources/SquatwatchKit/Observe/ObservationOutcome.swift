/// What became of one observation in a run of `squatwatch observe`, as its line on stdout starts.
enum ObservationOutcome: String, CaseIterable, Sendable {
  /// A dry run: it would be posted.
  case wouldSend = "would send"
  /// Posted, and accepted (202).
  case sent = "sent"
  /// Accepted in an earlier run, so not posted again.
  case alreadySent = "already sent"
  /// PyPI has no such project (404): never there, or already removed.
  case notOnPyPI = "not on PyPI"
  /// The API answered with an error about this observation, or its project name is not one.
  case rejected = "rejected"
}
