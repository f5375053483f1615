import SquatwatchKit

/// Test look-ups of a report's suspects and findings by name.
extension AuditReport {
  /// The suspect entry for `project`, if it is one.
  func suspect(_ project: String) -> SuspectReport? { suspects.first { $0.project == project } }

  /// The placeholder entry for `project`, if it is a lone placeholder.
  func placeholder(_ project: String) -> SuspectReport? { placeholders.first { $0.project == project } }
}

extension SuspectReport {
  /// The finding of `check`, if the project has one.
  func finding(_ check: CheckName) -> Finding? { findings.first { $0.check == check } }
}
