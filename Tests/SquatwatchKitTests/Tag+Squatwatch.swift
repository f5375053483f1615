import Testing

/// What makes a test more than a unit test; `make unit` runs only the tests carrying none of these, `make test` all.
extension Tag {
  /// The test starts a real server on 127.0.0.1: FixtureServer, MirrorServer, ObservationsServer, nginx,
  /// pypiserver or devpi-server.
  @Tag static var server: Self
  /// The test runs another program (the built squatwatch, headless chromium, the venv's Python or bandersnatch), or
  /// kills one.
  @Tag static var process: Self
  /// The test takes seconds of work in this process: a million-entry listing, a 16 MiB attribute, a large
  /// generated mirror or name index.
  @Tag static var slow: Self
}
