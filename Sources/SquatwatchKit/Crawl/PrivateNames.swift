public import Foundation

/// The names a private index lists, as the upstream crawl (`--upstream`) narrows the upstream's listing to them.
///
/// Only the upstream's projects under these names are ever requested, so the upstream learns no internal name it
/// does not already hold.
public struct PrivateNames: Sendable {
  /// Normalized names the private index lists.
  var names: Set<String>
  /// The serial the private index stored for a name, where it gives serials.
  var serials: [String: Int]

  init(names: Set<String>, serials: [String: Int]) {
    self.names = names
    self.serials = serials
  }

  /// The names in the cache of a crawled private index (projects not removed from its listing).
  ///
  /// - Throws: `usage` when the private index was never crawled into `cacheDirectory`.
  public init(cacheDirectory: URL) throws(SquatwatchError) {
    let store = try CacheStore(directory: cacheDirectory)
    guard try store.meta("registry") != nil else {
      throw SquatwatchError(.usage, "the cache at \(cacheDirectory.path) holds no crawl of the private index yet")
    }
    names = []
    serials = [:]
    for (name, state) in try store.projectStates() where state.state != .removed {
      names.insert(name)
      if let serial = state.storedSerial { serials[name] = serial }
    }
  }

  /// Whether the upstream's listed `entry` collides with a private project.
  ///
  /// A bandersnatch copy of the upstream keeps the upstream's serials, so a name listed with the same serial on both
  /// sides is an unchanged copy of the upstream project, not an internal one, and is left alone.
  func collides(with entry: ProjectListing.Entry) -> Bool {
    guard names.contains(entry.name) else { return false }
    guard let serial = entry.serial, let mine = serials[entry.name] else { return true }
    return serial != mine
  }
}
