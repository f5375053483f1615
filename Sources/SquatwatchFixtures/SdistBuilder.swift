import Foundation
import SquatwatchKit

/// Builds a setuptools-style `.tar.gz` sdist from a spec: PKG-INFO, pyproject.toml, optional setup.cfg, the
/// `.egg-info` directory and the module sources, all under `{name}-{version}/`.
public enum SdistBuilder {
  /// The sdist's file name, `{name}-{version}.tar.gz` (PEP 625).
  public static func filename(for spec: DistributionSpec) -> String {
    "\(spec.fileStem)-\(spec.version).tar.gz"
  }

  /// Builds the sdist.
  public static func build(_ spec: DistributionSpec) -> BuiltDistribution {
    let root = "\(spec.fileStem)-\(spec.version)"
    let egg = "\(root)/\(spec.fileStem).egg-info"
    let pkgInfo = Data(spec.coreMetadata.utf8)
    var writer = TarArchiveWriter()
    writer.add("\(root)/PKG-INFO", pkgInfo)
    writer.add("\(root)/pyproject.toml", Data(pyproject(spec).utf8))
    if spec.scriptsInSetupCfg, let setupCfg = setupCfg(spec) { writer.add("\(root)/setup.cfg", Data(setupCfg.utf8)) }
    for module in spec.modules { writer.add("\(root)/\(module.path)", Data(module.source.utf8)) }
    writer.add("\(egg)/PKG-INFO", pkgInfo)
    let sources = ["PKG-INFO", "pyproject.toml"] + spec.modules.map(\.path)
    writer.add("\(egg)/SOURCES.txt", Data(sources.map { "\($0)\n" }.joined().utf8))
    if let entryPoints = spec.entryPointsText { writer.add("\(egg)/entry_points.txt", Data(entryPoints.utf8)) }
    writer.add("\(egg)/top_level.txt", Data(spec.topLevelNames.map { "\($0)\n" }.joined().utf8))
    if !spec.requiresDist.isEmpty {
      writer.add("\(egg)/requires.txt", Data(spec.requiresDist.map { "\($0)\n" }.joined().utf8))
    }
    return BuiltDistribution(
      filename: filename(for: spec), data: writer.tarGzip(), packageType: .sdist, pythonVersion: "source",
      coreMetadata: nil)
  }

  private static func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }

  private static func pyproject(_ spec: DistributionSpec) -> String {
    var text = """
      [build-system]
      requires = ["setuptools>=61"]
      build-backend = "setuptools.build_meta"

      [project]
      name = \(quoted(spec.name))
      version = \(quoted(spec.version))
      description = \(quoted(spec.summary))

      """
    if let requiresPython = spec.requiresPython { text += "requires-python = \(quoted(requiresPython))\n" }
    text += "dependencies = [" + spec.requiresDist.map(quoted).joined(separator: ", ") + "]\n"
    if spec.scriptsInSetupCfg {
      if spec.entryPointsText != nil { text += "dynamic = [\"entry-points\", \"scripts\", \"gui-scripts\"]\n" }
      return text
    }
    for (table, scripts) in [("project.scripts", spec.consoleScripts), ("project.gui-scripts", spec.guiScripts)]
    where !scripts.isEmpty {
      text += "\n[\(table)]\n" + scripts.map { "\(quoted($0.name)) = \(quoted($0.target))\n" }.joined()
    }
    return text
  }

  private static func setupCfg(_ spec: DistributionSpec) -> String? {
    guard spec.entryPointsText != nil else { return nil }
    var text = "[metadata]\nname = \(spec.name)\n\n[options.entry_points]\n"
    for (group, scripts) in [("console_scripts", spec.consoleScripts), ("gui_scripts", spec.guiScripts)]
    where !scripts.isEmpty {
      text += "\(group) =\n" + scripts.map { "    \($0.name) = \($0.target)\n" }.joined()
    }
    return text
  }
}
