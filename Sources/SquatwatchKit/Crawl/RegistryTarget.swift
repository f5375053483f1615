public import Foundation

/// The registry a command works on, resolved from `--index-url`, `--mirror-dir` and `--cache-dir`.
///
/// Credentials come from the URL's user-info or `SQUATWATCH_INDEX_AUTH`
/// (`user:password`); `~/.netrc` is read by libcurl per host. An upstream
/// (`--upstream`) has its own scope (`CredentialScope`). None of them is
/// kept anywhere but in memory, and the name shown everywhere is redacted.
public struct RegistryTarget: Sendable {
  /// The name shown in summaries and reports: the redacted URL, or the mirror path.
  public let name: String
  /// The index URL the crawler walks.
  public let index: IndexURL
  /// The transports: libcurl, or the mirror on disk.
  public let transports: any TransportFactory
  public let cacheDirectory: URL

  /// Resolves the target of a crawl.
  ///
  /// - Parameters:
  ///   - timeouts: network timeouts for an index URL (unused for a mirror on disk).
  ///   - credentialScope: where credentials may come from besides the URL's user-info.
  /// - Throws: `usage` for a missing or malformed source.
  public init(
    indexURL: String?, mirrorDirectory: String?, cacheDirectory: String?, environment: [String: String],
    timeouts: NetworkTimeouts = NetworkTimeouts(), credentialScope: CredentialScope = .index
  ) throws(SquatwatchError) {
    switch (indexURL, mirrorDirectory) {
    case (let url?, nil):
      let index = try IndexURL(url)
      var credentials = index.credentials
      if credentials == nil, let auth = environment[credentialScope.environmentVariable], !auth.isEmpty {
        let parts = auth.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        credentials = IndexCredentials(username: String(parts[0]), password: parts.count > 1 ? String(parts[1]) : "")
      }
      self.index = index
      name = index.redacted
      transports = CurlTransportFactory(
        index: index, credentials: credentials, timeouts: timeouts, readsNetrc: credentialScope.readsNetrc)
      self.cacheDirectory = try CacheLocation.directory(
        indexURL: url, mirrorDirectory: nil, cacheDirectory: cacheDirectory, environment: environment)
    case (nil, let path?):
      let directory = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
      transports = try MirrorDirectoryTransport(directory: directory)
      index = try IndexURL(MirrorDirectoryTransport.origin + "/simple/")
      name = directory.path
      self.cacheDirectory = try CacheLocation.directory(
        indexURL: nil, mirrorDirectory: path, cacheDirectory: cacheDirectory, environment: environment)
    case (nil, nil):
      throw SquatwatchError(.usage, "say which index to crawl: --index-url URL or --mirror-dir DIR")
    case (.some, .some):
      throw SquatwatchError(.usage, "give either --index-url or --mirror-dir, not both")
    }
  }
}
