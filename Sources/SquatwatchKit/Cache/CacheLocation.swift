public import Foundation

/// Where a registry's cache lives: `$XDG_CACHE_HOME/squatwatch/<index host>/` unless given.
public enum CacheLocation {
  /// The default cache directory for an index host, or for a mirror directory read from disk.
  public static func defaultDirectory(forKey key: String, environment: [String: String]) -> URL {
    let base: URL
    if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
      base = URL(fileURLWithPath: xdg, isDirectory: true)
    } else {
      let home = environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
      base = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".cache", isDirectory: true)
    }
    return base.appendingPathComponent("squatwatch", isDirectory: true)
      .appendingPathComponent(safeComponent(key), isDirectory: true)
  }

  /// The cache key of an index: its host and port.
  public static func key(for index: IndexURL) -> String {
    index.host + (index.port.map { "_\($0)" } ?? "")
  }

  /// The cache key of a mirror directory: its name plus a hash of its absolute path.
  public static func key(forMirror directory: URL) -> String {
    let path = directory.standardizedFileURL.path
    return "mirror-\(directory.lastPathComponent)-\(SHA256Digest.hex(of: Data(path.utf8)).prefix(8))"
  }

  /// The cache of the upstream (`--upstream URL` or `--upstream-mirror-dir DIR`) a private index is compared with:
  /// `upstream/<key>/` inside the private index's cache, so it holds only that index's collisions and never touches
  /// a full crawl of the same upstream elsewhere.
  ///
  /// - Throws: `usage` when neither or both are given, or the URL is not an index URL.
  public static func upstreamDirectory(
    privateCache: URL, upstreamURL: String?, upstreamMirror: String?
  ) throws(SquatwatchError) -> URL {
    let key: String
    switch (upstreamURL, upstreamMirror) {
    case (let url?, nil):
      let index = try IndexURL(url)
      key = Self.key(for: index) + "-" + SHA256Digest.hex(of: Data(index.simpleBase.utf8)).prefix(8)
    case (nil, let path?):
      key = Self.key(forMirror: URL(fileURLWithPath: path, isDirectory: true))
    case (nil, nil):
      throw SquatwatchError(.usage, "say which upstream to compare with: --upstream URL or --upstream-mirror-dir DIR")
    case (.some, .some):
      throw SquatwatchError(.usage, "give either --upstream or --upstream-mirror-dir, not both")
    }
    return privateCache.appendingPathComponent("upstream", isDirectory: true)
      .appendingPathComponent(safeComponent(key), isDirectory: true)
  }

  /// Keeps only characters that are safe in one path component.
  static func safeComponent(_ key: String) -> String {
    let safe = key.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "_" }
    let text = String(safe.prefix(100))
    return text.isEmpty || text.allSatisfy({ $0 == "." }) ? "index" : text
  }

  /// The cache directory a command uses: `--cache-dir`, or the default for `--index-url` or `--mirror-dir`.
  ///
  /// - Throws: `usage` when none is given or the URL is not an index URL.
  public static func directory(
    indexURL: String?, mirrorDirectory: String?, cacheDirectory: String?, environment: [String: String]
  ) throws(SquatwatchError) -> URL {
    if let cacheDirectory { return URL(fileURLWithPath: cacheDirectory, isDirectory: true).standardizedFileURL }
    if let indexURL { return defaultDirectory(forKey: key(for: try IndexURL(indexURL)), environment: environment) }
    if let mirrorDirectory {
      let directory = URL(fileURLWithPath: mirrorDirectory, isDirectory: true).standardizedFileURL
      return defaultDirectory(forKey: key(forMirror: directory), environment: environment)
    }
    throw SquatwatchError(.usage, "say which cache to read: --cache-dir DIR, --index-url URL or --mirror-dir DIR")
  }
}
