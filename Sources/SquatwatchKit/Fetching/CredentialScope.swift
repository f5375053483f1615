/// Where a registry's credentials may come from, so those of a private index never reach its upstream.
public enum CredentialScope: Sendable {
  /// The audited index: user-info in its URL, `SQUATWATCH_INDEX_AUTH`, or `~/.netrc`.
  case index
  /// The upstream of a private index (`--upstream`): user-info in its URL or `SQUATWATCH_UPSTREAM_AUTH` only. Never
  /// `~/.netrc`, which libcurl matches by host alone: a private index on the same host (another port, another
  /// repository path) would lend the upstream its entry.
  case upstream

  /// The environment variable holding `user:password`.
  var environmentVariable: String {
    switch self {
    case .index: "SQUATWATCH_INDEX_AUTH"
    case .upstream: "SQUATWATCH_UPSTREAM_AUTH"
    }
  }

  /// Whether libcurl may read `~/.netrc`.
  var readsNetrc: Bool { self == .index }
}
