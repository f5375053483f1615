import Foundation

/// Renders an `AuditReport` as one self-contained HTML page for registry admins.
///
/// Everything is inline (CSS, a small script, the SVG chart) and a Content-Security-Policy forbids any fetch,
/// so the page works offline and a hostile project name cannot make it load anything. The list is rendered in
/// HTML, so it reads without script; the script only filters it by verdict and check, and honours
/// `?verdict=…&check=…` so a link can open a filtered view.
enum HTMLReportWriter {
  /// Evidence lists longer than this are cut, with the remainder counted.
  static let maximumEvidenceItems = 50

  static func render(_ report: AuditReport) -> String {
    let generated = UploadTime.text(Int64(report.generatedAt.timeIntervalSince1970))
    var html = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>squatwatch report: \(e(report.registry))</title>
      <style>\(style)</style>
      </head>
      <body>
      <header>
      <h1>squatwatch report</h1>
      <p id="overview"><b>\(e(report.registry))</b> · generated \(generated) · \(report.projectsScanned) projects scanned · \
      <span id="suspect-total">\(report.suspects.count)</span> suspects · \(report.clusters.count) clusters</p>

      """
    if let baseline = report.baseline {
      let since = baseline.generatedAt.map { "the baseline of " + UploadTime.text(Int64($0.timeIntervalSince1970)) }
      html +=
        "<p id=\"baseline\">Compared with \(since ?? "an empty baseline (first run)"): "
        + "\(baseline.new) new, \(baseline.rose) rose, \(baseline.unchanged) unchanged (not listed), \(baseline.resolved) resolved.</p>\n"
    }
    if !report.allowlisted.isEmpty {
      html += "<p id=\"allowlisted-count\">\(report.allowlisted.count) suspects allowlisted (listed below).</p>\n"
    }
    html += "</header>\n<section id=\"chart\">\n<h2>First uploads per day</h2>\n"
    html += UploadChartWriter().render(report.uploadsPerDay)
    html += "</section>\n"
    html += suspects(report)
    html += clusters(report)
    if !report.allowlisted.isEmpty {
      html +=
        "<section id=\"allowlisted\">\n<h2>Allowlisted</h2>\n<table>\n"
        + "<thead><tr><th>project</th><th>score</th><th>verdict</th><th>entry</th><th>reason</th></tr></thead>\n<tbody>\n"
      for entry in report.allowlisted {
        html +=
          "<tr><td>\(e(entry.project))</td><td>\(DecimalText.twoPlaces(entry.score))</td>"
          + "<td>\(e(entry.verdict.rawValue))</td><td>\(e(entry.entry))</td><td>\(e(entry.reason))</td></tr>\n"
      }
      html += "</tbody>\n</table>\n</section>\n"
    }
    if !report.degradedChecks.isEmpty {
      html += "<section id=\"degraded\">\n<h2>Checks run without some signals</h2>\n<ul>\n"
      for entry in report.degradedChecks {
        html +=
          "<li><b>\(e(entry.check.rawValue))</b> without \(e(entry.missingSignal)) "
          + "(\(entry.projectsAffected) projects): \(e(entry.effect))</li>\n"
      }
      html += "</ul>\n</section>\n"
    }
    html += "<footer>squatwatch \(SquatwatchVersion.current)</footer>\n<script>\(script)</script>\n</body>\n</html>\n"
    return html
  }

  private static func suspects(_ report: AuditReport) -> String {
    var html = "<section id=\"suspects\">\n<h2>Suspects</h2>\n"
    let verdicts: [Verdict] = [.likelySquat, .suspicious, .defensivePlaceholder]
    html += "<form id=\"filters\">\n<label>verdict <select id=\"filter-verdict\"><option value=\"\">all</option>"
    for verdict in verdicts { html += "<option value=\"\(verdict.rawValue)\">\(verdict.rawValue)</option>" }
    html += "</select></label>\n<label>check <select id=\"filter-check\"><option value=\"\">all</option>"
    for check in CheckName.allCases { html += "<option value=\"\(check.rawValue)\">\(check.rawValue)</option>" }
    html +=
      "</select></label>\n<output id=\"shown-count\">\(report.suspects.count) of \(report.suspects.count) shown</output>\n</form>\n"
    guard !report.suspects.isEmpty else { return html + "<p id=\"no-suspects\">No suspects.</p>\n</section>\n" }
    html +=
      "<table id=\"suspect-table\">\n<thead><tr><th>#</th><th>score</th><th>verdict</th><th>project</th>"
      + "<th>findings (open for evidence)</th><th>cluster</th><th>first upload</th></tr></thead>\n<tbody>\n"
    for (rank, suspect) in report.suspects.enumerated() {
      let checks = suspect.findings.map(\.check.rawValue).joined(separator: " ")
      let change =
        suspect.previousScore.map { " <span class=\"change\">rose from \(DecimalText.twoPlaces($0))</span>" }
        ?? (report.baseline != nil ? " <span class=\"change\">new</span>" : "")
      html +=
        "<tr class=\"suspect\" id=\"p-\(e(suspect.project))\" data-project=\"\(e(suspect.project))\" "
        + "data-verdict=\"\(suspect.verdict.rawValue)\" data-checks=\"\(checks)\">"
      html += "<td>\(rank + 1)</td><td>\(DecimalText.twoPlaces(suspect.score))\(change)</td>"
      html += "<td><span class=\"verdict \(suspect.verdict.rawValue)\">\(suspect.verdict.rawValue)</span></td>"
      html += "<td class=\"project\">\(e(suspect.project))"
      if !suspect.owners.isEmpty {
        html += "<div class=\"muted\">owners: \(e(suspect.owners.joined(separator: ", ")))</div>"
      }
      html += "</td><td>"
      for finding in suspect.findings {
        html +=
          "<details><summary><b>\(finding.check.rawValue)</b> \(DecimalText.twoPlaces(finding.score)): "
          + "\(e(finding.summary))</summary>\n<dl>"
        for key in finding.evidence.keys.sorted() {
          guard let value = finding.evidence[key] else { continue }
          html += "<dt>\(e(key))</dt><dd>\(e(text(value)))</dd>"
        }
        html += "</dl></details>\n"
      }
      html += "</td><td class=\"nowrap\">"
      if let cluster = suspect.cluster { html += "<a href=\"#\(e(cluster))\">\(e(cluster))</a>" }
      html += "</td><td class=\"nowrap\">\(e(suspect.firstUpload ?? ""))</td></tr>\n"
    }
    html += "</tbody>\n</table>\n<p id=\"no-match\" hidden>No suspects match these filters.</p>\n</section>\n"
    return html
  }

  private static func clusters(_ report: AuditReport) -> String {
    guard !report.clusters.isEmpty else { return "" }
    let listed = Set(report.suspects.map(\.project))
    var html = "<section id=\"clusters\">\n<h2>Clusters</h2>\n"
    for cluster in report.clusters {
      html +=
        "<article class=\"cluster\" id=\"\(e(cluster.id))\"><h3>\(e(cluster.id)): \(cluster.members.count) projects, "
        + "\(e(cluster.firstUpload.prefix(10)))..\(e(cluster.lastUpload.prefix(10))), template "
        + "\(e(cluster.template ?? "none"))</h3>\n<ul class=\"signals\">"
      for signal in cluster.signals { html += "<li>\(e(signal))</li>" }
      html += "</ul>\n<details><summary>members</summary><p class=\"members\">"
      html += cluster.members.map { member in
        listed.contains(member) ? "<a href=\"#p-\(e(member))\">\(e(member))</a>" : e(member)
      }.joined(separator: ", ")
      html += "</p></details></article>\n"
    }
    return html + "</section>\n"
  }

  /// Shorthand for `HTMLText.escape`, used on every interpolated value.
  private static func e(_ text: some StringProtocol) -> String { HTMLText.escape(text) }

  private static func text(_ value: EvidenceValue) -> String {
    switch value {
    case .string(let text): return text
    case .number(let number):
      return number == number.rounded() && abs(number) < 1e15 ? "\(Int64(number))" : DecimalText.twoPlaces(number)
    case .strings(let list):
      let shown = list.prefix(maximumEvidenceItems).joined(separator: ", ")
      return list.count > maximumEvidenceItems ? shown + " … and \(list.count - maximumEvidenceItems) more" : shown
    }
  }

  private static let style = """
    body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1200px;padding:0 16px 32px;color:#1d1d1f;background:#fff}
    h1{font-size:22px;margin:18px 0 4px}h2{font-size:17px;margin:22px 0 8px;border-bottom:1px solid #ddd}h3{font-size:14px;margin:10px 0 4px}
    table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:4px 6px;border-bottom:1px solid #eee}
    th{background:#f5f5f7;font-weight:600}td.project{font-family:ui-monospace,monospace;overflow-wrap:anywhere}td.nowrap{white-space:nowrap}
    .verdict{padding:1px 6px;border-radius:8px;font-size:12px;white-space:nowrap}
    .likely-squat{background:#fde2e1;color:#9b1c1c}.suspicious{background:#fef3c7;color:#8a5a00}.defensive-placeholder{background:#e0f2fe;color:#075985}
    .change{font-size:11px;color:#9b1c1c}.muted{color:#6e6e73;font-size:12px}
    details summary{cursor:pointer}dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:4px 0 8px 14px}dt{color:#6e6e73}dd{margin:0;word-break:break-word}
    form#filters{display:flex;gap:16px;align-items:center;margin:6px 0 10px}
    #upload-chart{width:100%;height:auto;max-height:300px}#upload-chart .all{fill:#c7c7cc}#upload-chart .flagged{fill:#d92d20}
    #upload-chart .axis{stroke:#8e8e93;stroke-width:1}#upload-chart .tick{font-size:11px;fill:#3a3a3c}#upload-chart .peak{font-size:12px;font-weight:600;fill:#d92d20}
    .caption{color:#3a3a3c;font-size:12px}.members{font-family:ui-monospace,monospace;font-size:12px}footer{margin-top:24px;color:#8e8e93;font-size:12px}
    """

  private static let script = """
    (function () {
      var verdict = document.getElementById("filter-verdict");
      var check = document.getElementById("filter-check");
      var rows = Array.prototype.slice.call(document.querySelectorAll("tr.suspect"));
      var count = document.getElementById("shown-count");
      var none = document.getElementById("no-match");
      function apply() {
        var wantVerdict = verdict.value, wantCheck = check.value, shown = 0;
        rows.forEach(function (row) {
          var match = (!wantVerdict || row.getAttribute("data-verdict") === wantVerdict) &&
            (!wantCheck || row.getAttribute("data-checks").split(" ").indexOf(wantCheck) >= 0);
          row.hidden = !match;
          if (match) { shown += 1; }
        });
        count.textContent = shown + " of " + rows.length + " shown";
        if (none) { none.hidden = shown !== 0; }
        document.body.setAttribute("data-shown", String(shown));
      }
      function preset(select, value) {
        if (value && Array.prototype.some.call(select.options, function (o) { return o.value === value; })) {
          select.value = value;
        }
      }
      var query = new URLSearchParams(window.location.search);
      preset(verdict, query.get("verdict"));
      preset(check, query.get("check"));
      verdict.addEventListener("change", apply);
      check.addEventListener("change", apply);
      apply();
      document.body.setAttribute("data-ready", "true");
    })();
    """
}
