/// What a `pyproject.toml` says about entry points and how the project is built.
struct PyProjectScripts: Hashable, Sendable {
  /// Entry points by group: `console_scripts`, `gui_scripts` and `[project.entry-points]` groups.
  var groups: [String: [EntryPoint]] = [:]
  /// `[build-system] build-backend`, for example `setuptools.build_meta`.
  var buildBackend: String?
}
