import Foundation

/// Writes small but real Python modules for generated projects, varied by seed so projects do not share bytes.
enum ModuleSourceWriter {
  private static let verbs = ["load", "parse", "render", "merge", "count", "split", "scan", "format", "index", "score"]
  private static let nouns = ["records", "tokens", "entries", "rows", "lines", "items", "fields", "chunks", "nodes"]

  /// A package `importName/` with `__init__.py`, `core.py` and, when `withCLI`, a `cli.py` whose `main` the
  /// project's console scripts point at.
  ///
  /// `modules` is how many extra helper modules to add.
  static func package(
    importName: String, summary: String, withCLI: Bool, extraModules: Int, using random: inout SeededGenerator
  ) -> [DistributionSpec.Module] {
    let verb = verbs.randomElement(using: &random) ?? "load"
    let noun = nouns.randomElement(using: &random) ?? "items"
    let limit = Int.random(in: 2...64, using: &random)
    var modules = [
      DistributionSpec.Module(
        path: "\(importName)/__init__.py",
        source:
          "\"\"\"\(summary.replacingOccurrences(of: "\"", with: "'"))\"\"\"\n\nfrom .core import \(verb)_\(noun)\n\n"
          + "__all__ = [\"\(verb)_\(noun)\"]\n"),
      DistributionSpec.Module(
        path: "\(importName)/core.py",
        source: """
          def \(verb)_\(noun)(\(noun), limit=\(limit)):
              \"\"\"Return up to `limit` distinct \(noun), in first-seen order.\"\"\"
              seen = []
              for item in \(noun):
                  if item not in seen:
                      seen.append(item)
                  if len(seen) >= limit:
                      break
              return seen

          """),
    ]
    for index in 0..<extraModules {
      let helperVerb = verbs.randomElement(using: &random) ?? "scan"
      modules.append(
        DistributionSpec.Module(
          path: "\(importName)/\(helperVerb)_\(index).py",
          source:
            "def \(helperVerb)(values):\n    return [value for value in values if value is not None][:\(limit + index)]\n"
        ))
    }
    if withCLI {
      modules.append(
        DistributionSpec.Module(
          path: "\(importName)/cli.py",
          source: """
            import sys

            from .core import \(verb)_\(noun)


            def main(argv=None):
                args = sys.argv[1:] if argv is None else argv
                for value in \(verb)_\(noun)(args):
                    print(value)
                return 0

            """))
    }
    return modules
  }

  /// The one-line module a squat ships to look less empty.
  static func token(importName: String) -> [DistributionSpec.Module] {
    [DistributionSpec.Module(path: "\(importName)/__init__.py", source: "def hello():\n    return \"hello\"\n")]
  }

  /// A fake native extension: an ELF header and a few bytes, enough for magic-number checks.
  static func nativeModule(importName: String, using random: inout SeededGenerator) -> (path: String, bytes: Data) {
    var bytes = Data([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0])
    for _ in 0..<56 { bytes.append(UInt8.random(in: 0...255, using: &random)) }
    return ("\(importName)/_speedups.cpython-312-x86_64-linux-gnu.so", bytes)
  }
}
