import Synchronization

/// A Boolean shared between threads.
final class LockedFlag: Sendable {
  private let value = Mutex(false)

  func get() -> Bool { value.withLock { $0 } }
  func set(_ newValue: Bool) { value.withLock { $0 = newValue } }
}
