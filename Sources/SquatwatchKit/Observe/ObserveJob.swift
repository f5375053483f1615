public import Foundation

/// `squatwatch observe`: sends a report's flagged suspects to PyPI's observations API, each project and kind once.
///
/// What PyPI accepted is recorded in the cache (`CacheStore`'s observation table, keyed by API, project and kind)
/// the moment it answers, so a nightly run sends only what is new, and a run stopped half-way (a refused token,
/// a rate limit, a kill) resumes without sending anything twice.
public struct ObserveJob: Sendable {
  /// A `--format json` report.
  public var reportPath: String
  /// Suspects scoring below this are not sent.
  public var minimumScore: Double
  public var api: ObservationsAPI
  /// The observer token; nil for a dry run, which sends nothing.
  public var token: ObserverToken?
  /// Where the record of what was sent lives.
  public var cacheDirectory: URL
  /// Seconds to wait for another run holding the same cache.
  public var lockWait: Double
  public var timeouts: NetworkTimeouts

  /// Reports larger than this are refused rather than read (a whole registry's report is tens of megabytes).
  static let maximumReportBytes = 1 << 30

  public init(
    reportPath: String, minimumScore: Double, api: ObservationsAPI, token: ObserverToken?, cacheDirectory: URL,
    lockWait: Double, timeouts: NetworkTimeouts = NetworkTimeouts()
  ) {
    self.reportPath = reportPath
    self.minimumScore = minimumScore
    self.api = api
    self.token = token
    self.cacheDirectory = cacheDirectory
    self.lockWait = lockWait
    self.timeouts = timeouts
  }

  /// Sends (or, without a token, lists) the observations, writing one line per observation to stdout.
  ///
  /// - Returns: `clean` when every observation was sent, already sent, or names a project PyPI does not have;
  ///   `findings` when the API rejected some.
  /// - Throws: `usage` for a bad report; `httpStatus` or `transport` when the API refused the token, kept
  ///   rate-limiting or could not be reached (what was sent before stays recorded).
  public func run(console: Console) throws(SquatwatchError) -> ExitStatus {
    let data = try BoundedFile.read(
      reportPath, label: "the report \(reportPath)", limit: Self.maximumReportBytes, tooLarge: .usage)
    let report: AuditReport
    do {
      report = try JSONReportWriter.report(from: data)
    } catch {
      throw SquatwatchError(
        .usage, "the report \(reportPath) is not a squatwatch --format json report", cause: error.cause)
    }
    let observations = Observation.all(in: report).filter { $0.score >= minimumScore }
    let lock = try CacheLock(directory: cacheDirectory, wait: lockWait)
    defer { withExtendedLifetime(lock) {} }
    let store = try CacheStore(directory: cacheDirectory)
    let sender = token.map { token in
      ObservationSender(
        api: api, token: token,
        transport: CurlTransportFactory(index: nil, credentials: nil, timeouts: timeouts).makeTransport(),
        policy: RetryPolicy(maxAttempts: 5))
    }
    var counts: [ObservationOutcome: Int] = [:]
    func note(_ outcome: ObservationOutcome, _ observation: Observation, _ detail: String = "") {
      counts[outcome, default: 0] += 1
      console.output(
        "\(outcome.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) "
          + "\(observation.kind.rawValue.padding(toLength: 23, withPad: " ", startingAt: 0)) "
          + "\(observation.project)\(detail.isEmpty ? "" : "  (\(detail))")\n")
    }
    for observation in observations {
      guard ProjectName.isValid(observation.project), ProjectName.normalize(observation.project) == observation.project
      else {
        note(.rejected, observation, "not a normalized project name; not sent")
        continue
      }
      let kind = observation.kind.rawValue
      if let sentAt = try store.observationSentAt(api: api.base, project: observation.project, kind: kind) {
        note(.alreadySent, observation, sentAt)
        continue
      }
      guard let sender else {
        let body = String(decoding: try observation.json(withProject: false), as: UTF8.self)
        console.output("POST \(api.observationsURL(project: observation.project))\n\(body)\n")
        counts[.wouldSend, default: 0] += 1
        continue
      }
      switch try sender.post(observation) {
      case .accepted:
        try store.recordObservation(
          api: api.base, project: observation.project, kind: kind, summary: observation.summary)
        note(.sent, observation)
      case .notFound:
        note(.notOnPyPI, observation, "404: no such project there, or already removed")
      case .rejected(let reason):
        note(.rejected, observation, reason)
      }
    }
    let summary = ObservationOutcome.allCases.compactMap { outcome in
      counts[outcome].map { "\($0) \(outcome.rawValue)" }
    }
    console.log(
      .info,
      "observe: \(observations.count) observations at or above score \(DecimalText.twoPlaces(minimumScore))"
        + (summary.isEmpty ? "" : ": " + summary.joined(separator: ", ")) + " (\(api.base))")
    return counts[.rejected] == nil ? .clean : .findings
  }
}
