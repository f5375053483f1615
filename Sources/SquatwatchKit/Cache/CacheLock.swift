public import Foundation

/// An exclusive lock on a cache directory, so two runs never write one cache at once.
///
/// Uses `flock(2)` on `<cache>/lock`: the kernel drops it when the process
/// dies, so a killed run never leaves a stale lock behind.
public final class CacheLock: Sendable {
  private let descriptor: Int32

  /// Takes the lock, waiting up to `wait` seconds for another run to finish.
  ///
  /// - Throws: `locked` when another run still holds the cache after `wait`.
  public init(directory: URL, wait: TimeInterval) throws(SquatwatchError) {
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw SquatwatchError(.cache, "cannot create the cache directory \(directory.path)", cause: ErrorSummary(error))
    }
    let path = directory.appendingPathComponent("lock").path
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw SquatwatchError(.cache, "cannot open the lock file \(path): \(String(cString: strerror(errno)))")
    }
    let deadline = Date().addingTimeInterval(wait)
    while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      guard Date() < deadline else {
        close(descriptor)
        throw SquatwatchError(
          .locked,
          "another squatwatch run is using the cache at \(directory.path); wait for it to finish or pass --lock-wait SECONDS"
        )
      }
      usleep(100_000)
    }
    self.descriptor = descriptor
  }

  deinit {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
