import Testing

extension Tag {
  /// The test starts a real server on 127.0.0.1 (FixtureServer, MirrorServer, ObservationsServer, nginx, pypiserver
  /// or devpi-server); `make unit` skips it.
  @Tag static var server: Self
}
