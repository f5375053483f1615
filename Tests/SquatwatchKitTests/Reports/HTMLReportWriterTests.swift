import Foundation
import SquatwatchKit
import SquatwatchTestSupport
import Testing

/// The HTML page, read as text and rendered by Debian's headless Chromium.
@Suite struct HTMLReportWriterTests {
  /// One suspect row of a DOM dump: its verdict, checks and whether the filter hid it.
  private struct Row {
    var verdict: String
    var checks: [String]
    var hidden: Bool
  }

  private struct Page {
    var dom: String
    /// Console messages, including Content-Security-Policy violations, which any fetch would cause.
    var console: [String]
  }

  private func write(_ report: AuditReport) throws -> (TemporaryDirectory, URL) {
    let directory = try TemporaryDirectory(prefix: "html-report")
    let file = directory.url.appendingPathComponent("report.html")
    try Data(try ReportFormat.html.render(report, width: 100, terminal: false).utf8).write(to: file)
    return (directory, file)
  }

  private func chromium(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
    try ExternalTools.run(
      try ExternalTools.chromium(),
      ["--headless", "--disable-gpu", "--no-sandbox", "--enable-logging=stderr", "--v=0"] + arguments)
  }

  private func load(_ file: URL, query: String = "") throws -> Page {
    let run = try chromium(["--dump-dom", file.absoluteString + query])
    #expect(run.status == 0, "\(run.stderr)")
    let console = run.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
    return Page(dom: run.stdout, console: console)
  }

  private func rows(_ dom: String) -> [Row] {
    dom.components(separatedBy: "<tr class=\"suspect\"").dropFirst().map { rest in
      let tag = rest.prefix { $0 != ">" }
      func attribute(_ name: String) -> String {
        guard let start = tag.range(of: " \(name)=\"") else { return "" }
        return String(tag[start.upperBound...].prefix { $0 != "\"" })
      }
      return Row(
        verdict: attribute("data-verdict"), checks: attribute("data-checks").split(separator: " ").map(String.init),
        hidden: tag.contains(" hidden"))
    }
  }

  @Test func pageIsSelfContainedAndEscapesEverything() throws {
    let html = try ReportFormat.html.render(ReportSamples.handMade, width: 100, terminal: false)
    for external in ["<link", "<img", "<iframe", " src=", "@import", "url("] { #expect(!html.contains(external)) }
    #expect(html.contains("default-src 'none'"))
    #expect(!html.contains("<script>alert(1)"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("&lt;b&gt;inbox.test&lt;/b&gt;"))
    let findings = ReportSamples.handMade.suspects.reduce(0) { $0 + $1.findings.count }
    #expect(html.components(separatedBy: "<details>").count - 1 == findings + ReportSamples.handMade.clusters.count)
    #expect(html.contains("<svg id=\"upload-chart\""))
  }

  @Test(.tags(.process)) func rendersWithoutConsoleErrorsAndFiltersByQuery() throws {
    let audited = try ReportSamples.burst.get()
    let (directory, file) = try write(audited.report)
    defer { withExtendedLifetime(directory) {} }

    let all = try load(file)
    #expect(all.console.isEmpty, "\(all.console)")
    #expect(all.dom.contains("data-ready=\"true\""))
    let everyRow = rows(all.dom)
    #expect(everyRow.count == audited.report.suspects.count)
    #expect(everyRow.allSatisfy { !$0.hidden })

    let suspicious = try load(file, query: "?verdict=suspicious")
    #expect(suspicious.console.isEmpty, "\(suspicious.console)")
    let shown = rows(suspicious.dom).filter { !$0.hidden }
    #expect(!shown.isEmpty)
    #expect(shown.allSatisfy { $0.verdict == "suspicious" })
    #expect(shown.count == audited.report.suspects.filter { $0.verdict == .suspicious }.count)
    #expect(suspicious.dom.contains("data-shown=\"\(shown.count)\""))

    let clustered = try load(file, query: "?verdict=likely-squat&check=naming-cluster")
    let clusterRows = rows(clustered.dom).filter { !$0.hidden }
    let expected = audited.report.suspects.filter {
      $0.verdict == .likelySquat && $0.findings.contains { $0.check == .namingCluster }
    }
    #expect(clusterRows.count == expected.count)
    #expect(clusterRows.count > 0)
    #expect(clusterRows.allSatisfy { $0.checks.contains("naming-cluster") && $0.verdict == "likely-squat" })
  }

  @Test(.tags(.process)) func consoleErrorsAreCaught() throws {
    let directory = try TemporaryDirectory(prefix: "html-broken")
    let file = directory.url.appendingPathComponent("broken.html")
    try Data("<!DOCTYPE html><body><script>notDefined();</script></body>".utf8).write(to: file)
    let page = try load(file)
    #expect(page.console.contains { $0.contains("Uncaught ReferenceError") })
  }

  /// The burst picture, kept at `.build/test-artifacts/html-report.png` for people to look at.
  @Test(.tags(.process)) func screenshotShowsTheChart() throws {
    let audited = try ReportSamples.burst.get()
    let (directory, file) = try write(audited.report)
    defer { withExtendedLifetime(directory) {} }
    let artifacts = ExternalTools.packageRoot.appendingPathComponent(".build/test-artifacts")
    try FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
    let png = artifacts.appendingPathComponent("html-report.png")
    try? FileManager.default.removeItem(at: png)
    let run = try chromium([
      "--screenshot=\(png.path)", "--window-size=1280,1100", "--hide-scrollbars", file.absoluteString,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let data = try Data(contentsOf: png)
    #expect(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    let width = data.dropFirst(16).prefix(4).reduce(0) { $0 << 8 | Int($1) }
    #expect(width == 1280)
    let peak = try #require(audited.report.uploadsPerDay.max { $0.flagged < $1.flagged })
    let html = try String(contentsOf: file, encoding: .utf8)
    #expect(html.contains("data-peak-day=\"\(peak.day)\""))
    #expect(html.contains("\(peak.flagged) flagged of \(peak.projects) on \(peak.day)"))
  }
}
