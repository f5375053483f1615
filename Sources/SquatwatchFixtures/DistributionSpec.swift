public import Foundation
import SquatwatchKit

/// What one release's distributions contain: core metadata, module sources, scripts and an optional native module.
///
/// The same spec builds a wheel, an sdist and the PEP 658 `.metadata` file, so all three agree.
public struct DistributionSpec: Sendable {
  /// A Python source file at a path inside the package, for example `requests/__init__.py`.
  public struct Module: Sendable, Equatable {
    public var path: String
    public var source: String

    public init(path: String, source: String) {
      self.path = path
      self.source = source
    }
  }

  /// A console or GUI script: `name = target` in `entry_points.txt`.
  public struct Script: Sendable, Equatable {
    public var name: String
    /// The object reference, `module.path:function`.
    public var target: String

    public init(name: String, target: String) {
      self.name = name
      self.target = target
    }
  }

  public var name: String
  public var version: String
  public var summary: String = ""
  public var description: String = ""
  public var author: String?
  public var authorEmail: String?
  public var maintainer: String?
  public var maintainerEmail: String?
  public var homePage: String?
  /// `Project-URL` entries, label then URL, in order.
  public var projectURLs: [(label: String, url: String)] = []
  public var requiresDist: [String] = []
  public var requiresPython: String?
  public var classifiers: [String] = []
  public var license: String?
  public var keywords: String?
  public var modules: [Module] = []
  /// A compiled extension's path (for example `pkg/_speedups.cpython-312-x86_64-linux-gnu.so`) and bytes.
  public var nativeModule: (path: String, bytes: Data)?
  public var consoleScripts: [Script] = []
  public var guiScripts: [Script] = []
  /// Import names for `top_level.txt`; empty means derived from the module paths.
  public var topLevel: [String] = []
  /// Declare scripts in `setup.cfg [options.entry_points]` instead of `pyproject.toml [project.scripts]`.
  public var scriptsInSetupCfg = false

  public init(name: String, version: String) {
    self.name = name
    self.version = version
  }

  /// The import names this distribution provides, as `top_level.txt` lists them.
  public var topLevelNames: [String] {
    if !topLevel.isEmpty { return topLevel }
    var seen: [String] = []
    for path in modules.map(\.path) + (nativeModule.map { [$0.path] } ?? []) {
      guard let first = path.split(separator: "/").first else { continue }
      let name = first.hasSuffix(".py") ? String(first.dropLast(3)) : String(first)
      if !seen.contains(name) { seen.append(name) }
    }
    return seen
  }

  /// The name as wheel and sdist file names spell it: lowercase, separator runs replaced by `_` (PEP 625).
  public var fileStem: String {
    ProjectName.normalize(name).replacingOccurrences(of: "-", with: "_")
  }

  /// Core Metadata 2.1, the text of `METADATA`, `PKG-INFO` and the PEP 658 `.metadata` file.
  public var coreMetadata: String {
    var lines = ["Metadata-Version: 2.1", "Name: \(name)", "Version: \(version)"]
    if !summary.isEmpty { lines.append("Summary: \(summary)") }
    if let homePage { lines.append("Home-page: \(homePage)") }
    if let author { lines.append("Author: \(author)") }
    if let authorEmail { lines.append("Author-email: \(authorEmail)") }
    if let maintainer { lines.append("Maintainer: \(maintainer)") }
    if let maintainerEmail { lines.append("Maintainer-email: \(maintainerEmail)") }
    if let license { lines.append("License: \(license)") }
    if let keywords { lines.append("Keywords: \(keywords)") }
    lines += classifiers.map { "Classifier: \($0)" }
    if let requiresPython { lines.append("Requires-Python: \(requiresPython)") }
    lines += requiresDist.map { "Requires-Dist: \($0)" }
    lines += projectURLs.map { "Project-URL: \($0.label), \($0.url)" }
    var text = lines.joined(separator: "\n") + "\n"
    if !description.isEmpty {
      text += "Description-Content-Type: text/markdown\n\n\(description)\n"
    }
    return text
  }

  /// `entry_points.txt`, or nil when there are no scripts.
  public var entryPointsText: String? {
    guard !consoleScripts.isEmpty || !guiScripts.isEmpty else { return nil }
    var sections: [String] = []
    for (group, scripts) in [("console_scripts", consoleScripts), ("gui_scripts", guiScripts)] where !scripts.isEmpty {
      sections.append("[\(group)]\n" + scripts.map { "\($0.name) = \($0.target)\n" }.joined())
    }
    return sections.joined(separator: "\n")
  }
}
