/// Draws first uploads per day as an inline SVG bar chart, flagged projects in red over all projects in grey.
///
/// The picture of a burst: a campaign's day stands out as a red bar far above its neighbours. A registry's whole
/// history is too long to read day by day, so longer series show the `windowDays` around the day with the most
/// flagged first uploads, and the caption says so.
struct UploadChartWriter {
  static let windowDays = 365
  var width = 960
  var height = 260

  /// The chart's SVG element and a caption, or a sentence saying there is no data.
  func render(_ series: [DailyUploads]) -> String {
    let known = series.compactMap { entry in UploadTime.seconds(entry.day).map { (Int($0 / 86_400), entry) } }
    guard let firstDay = known.first?.0, let lastDay = known.last?.0 else {
      return "<p class=\"muted\" id=\"upload-chart-empty\">The index gave no upload times, so there is no chart.</p>"
    }
    let byDay = Dictionary(known, uniquingKeysWith: { first, _ in first })
    let peak = known.max { ($0.1.flagged, $1.0) < ($1.1.flagged, $0.0) }
    let peakFlagged = peak.map { $0.1.flagged > 0 } ?? false
    var start = firstDay
    var end = lastDay
    if end - start + 1 > Self.windowDays {
      let anchor = peakFlagged ? (peak?.0 ?? lastDay) : lastDay
      end = min(lastDay, anchor + 60)
      start = max(firstDay, end - Self.windowDays + 1)
    }
    let days = end - start + 1
    let plot = (left: 48.0, top: 28.0, width: Double(width - 64), height: Double(height - 84))
    let tallest = max(1, (start...end).map { byDay[$0]?.projects ?? 0 }.max() ?? 1)
    let barWidth = plot.width / Double(days)
    var svg = """
      <svg id="upload-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(width) \(height)" role="img" \
      aria-labelledby="upload-chart-title" data-days="\(days)" data-peak-day="\(HTMLText.escape(peakFlagged ? peak?.1.day ?? "" : ""))">
      <title id="upload-chart-title">First uploads per day, flagged projects highlighted</title>
      <line x1="\(plot.left)" y1="\(plot.top + plot.height)" x2="\(plot.left + plot.width)" y2="\(plot.top + plot.height)" class="axis"/>
      <line x1="\(plot.left)" y1="\(plot.top)" x2="\(plot.left)" y2="\(plot.top + plot.height)" class="axis"/>
      <text x="\(plot.left - 6)" y="\(plot.top + 4)" class="tick" text-anchor="end">\(tallest)</text>
      <text x="\(plot.left - 6)" y="\(plot.top + plot.height)" class="tick" text-anchor="end">0</text>

      """
    for day in start...end {
      guard let entry = byDay[day] else { continue }
      let x = plot.left + Double(day - start) * barWidth
      let barHeight = plot.height * Double(entry.projects) / Double(tallest)
      let flaggedHeight = plot.height * Double(entry.flagged) / Double(tallest)
      let shown = max(barWidth - (barWidth > 3 ? 1 : 0), 0.6)
      let day = HTMLText.escape(entry.day)
      svg += "<g><title>\(day): \(entry.projects) first uploads, \(entry.flagged) flagged</title>"
      svg +=
        "<rect class=\"all\" x=\"\(format(x))\" y=\"\(format(plot.top + plot.height - barHeight))\" "
        + "width=\"\(format(shown))\" height=\"\(format(barHeight))\"/>"
      if entry.flagged > 0 {
        svg +=
          "<rect class=\"flagged\" data-day=\"\(day)\" data-flagged=\"\(entry.flagged)\" x=\"\(format(x))\" "
          + "y=\"\(format(plot.top + plot.height - max(flaggedHeight, 1.5)))\" width=\"\(format(shown))\" "
          + "height=\"\(format(max(flaggedHeight, 1.5)))\"/>"
      }
      svg += "</g>\n"
    }
    let baseline = plot.top + plot.height
    svg +=
      "<text x=\"\(plot.left)\" y=\"\(format(baseline + 18))\" class=\"tick\">\(UploadTime.dayText(start))</text>\n"
    svg +=
      "<text x=\"\(format(plot.left + plot.width))\" y=\"\(format(baseline + 18))\" class=\"tick\" "
      + "text-anchor=\"end\">\(UploadTime.dayText(end))</text>\n"
    if peakFlagged, let peak, (start...end).contains(peak.0) {
      let x = plot.left + (Double(peak.0 - start) + 0.5) * barWidth
      let anchor = x > plot.left + plot.width * 0.7 ? "end" : "start"
      svg +=
        "<text x=\"\(format(x))\" y=\"\(format(plot.top - 10))\" class=\"peak\" text-anchor=\"\(anchor)\">"
        + "\(peak.1.flagged) flagged of \(peak.1.projects) on \(HTMLText.escape(peak.1.day))</text>\n"
    }
    svg +=
      "<rect x=\"\(format(plot.left + 8))\" y=\"\(format(baseline + 30))\" width=\"10\" height=\"10\" class=\"all\"/>"
    svg +=
      "<text x=\"\(format(plot.left + 22))\" y=\"\(format(baseline + 39))\" class=\"tick\">all first uploads</text>"
    svg +=
      "<rect x=\"\(format(plot.left + 148))\" y=\"\(format(baseline + 30))\" width=\"10\" height=\"10\" class=\"flagged\"/>"
    svg +=
      "<text x=\"\(format(plot.left + 162))\" y=\"\(format(baseline + 39))\" class=\"tick\">flagged (likely-squat or suspicious)</text>\n"
    svg += "</svg>\n"
    let total = known.reduce(0) { $0 + $1.1.projects }
    var caption = "\(total) projects first uploaded \(UploadTime.dayText(firstDay))..\(UploadTime.dayText(lastDay))"
    if start != firstDay || end != lastDay {
      caption += "; showing \(UploadTime.dayText(start))..\(UploadTime.dayText(end))"
    }
    if peakFlagged, let peak { caption += "; most flagged in one day: \(peak.1.flagged) on \(peak.1.day)" }
    return svg + "<p class=\"caption\" id=\"upload-chart-caption\">\(HTMLText.escape(caption)).</p>\n"
  }

  /// One decimal, enough for screen pixels, locale-independent.
  private func format(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
  }
}
