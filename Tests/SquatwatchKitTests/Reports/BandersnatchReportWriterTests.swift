import Foundation
import SquatwatchKit
import SquatwatchTestSupport
import Testing

@Suite struct BandersnatchReportWriterTests {
  /// Loads `fragment` under a minimal `[mirror]` section with bandersnatch's own configuration class, then runs its
  /// mirror's project filtering step over `names` as a sync would; the names it drops are the blocked ones.
  private static let filterScript = """
    import json, pathlib, sys
    from bandersnatch.configuration import BandersnatchConfig
    from bandersnatch.master import Master
    from bandersnatch.mirror import BandersnatchMirror
    work, fragment, names = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), json.loads(sys.argv[3])
    conf = work / "bandersnatch.conf"
    conf.write_text(f"[mirror]\\ndirectory = {work / 'mirror'}\\nmaster = https://pypi.org\\nworkers = 1\\n\\n"
                    + fragment.read_text())
    BandersnatchConfig(config_file=conf)
    mirror = BandersnatchMirror(work / "mirror", Master("https://pypi.org"))
    mirror.packages_to_sync = {name: 0 for name in names}
    mirror._filter_packages()
    print(json.dumps({"plugins": sorted(p.name for p in mirror.filters.filter_project_plugins()),
                      "blocked": sorted(set(names) - set(mirror.packages_to_sync))}))
    """

  /// The projects bandersnatch blocks among `names` with `fragment` in its configuration.
  static func blocked(byFragment fragment: String, among names: [String]) throws -> Set<String> {
    let work = try TemporaryDirectory(prefix: "bandersnatch")
    let file = work.url.appendingPathComponent("fragment.conf")
    try Data(fragment.utf8).write(to: file)
    let namesJSON = String(decoding: try JSONEncoder().encode(names), as: UTF8.self)
    let run = try ExternalTools.bandersnatch(filterScript, [work.path, file.path, namesJSON])
    #expect(run.status == 0, "\(run.stderr)")
    let result = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: [String]], "\(run.stderr)")
    #expect(result["plugins"] == ["blocklist_project"])
    return Set(result["blocked"] ?? [])
  }

  @Test(.tags(.process)) func bandersnatchBlocksExactlyTheFlaggedProjects() throws {
    let report = ReportSamples.handMade
    let fragment = try ReportFormat.bandersnatch.render(report, width: 100, terminal: false)
    let names = report.suspects.map(\.project) + ["requests", "acme-helper-two", "line", "two"]
    // The defensive placeholder `request` stays; the summary's line break did not smuggle in "line two".
    #expect(try Self.blocked(byFragment: fragment, among: names) == ["reqeusts", "acme-helper", "sudo-tools"])
  }

  @Test func eachNameFollowsACommentWithScoreVerdictAndFirstFinding() throws {
    let fragment = try ReportFormat.bandersnatch.render(ReportSamples.handMade, width: 100, terminal: false)
    let lines = fragment.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let index = try #require(lines.firstIndex(of: "    reqeusts"))
    #expect(
      lines[index - 1]
        == "    # 0.93 likely-squat; typosquat: name \"reqeusts\" swaps letters of \"requests\", a, b line two")
    #expect(
      lines.contains("    # 0.55 suspicious; entry-point-hijack: installs scripts that overwrite system commands: sudo")
    )
    #expect(!fragment.contains("request\n"))
    #expect(
      lines.filter { $0.hasPrefix("    ") }.allSatisfy { $0.hasPrefix("    # ") || !$0.dropFirst(4).contains(" ") })
  }
}
