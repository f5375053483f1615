import Dispatch
import Foundation
import Synchronization

/// Walks a whole index into the cache: the listing, then every project that changed, on a bounded worker pool.
///
/// Each worker owns one transport (one curl handle). Finished projects are
/// committed in small batches, each an atomic transaction, so a crawl killed
/// at any point resumes where it stopped without fetching committed work again.
public final class Crawler: Sendable {
  private let index: IndexURL
  private let store: CacheStore
  private let transports: any TransportFactory
  private let options: CrawlOptions
  private let console: Console
  private let counters = CrawlCounters()
  private let pacer: RequestPacer
  /// Results waiting to be committed together, and when the last batch was committed.
  private let pending = Mutex<(results: [ProjectCrawlResult], lastCommit: Date)>(([], Date()))
  /// What ended the run early: a batch that could not be committed, or TLS verification libcurl refused.
  private let runFailure = Mutex<SquatwatchError?>(nil)
  private static let batchSize = 64
  /// The longest a finished project waits for its commit, bounding what a killed crawl redoes.
  private static let batchInterval = 1.0

  /// Creates a crawler.
  ///
  /// - Parameters:
  ///   - index: the index's simple base URL (for a mirror read from disk, `MirrorDirectoryTransport.origin`).
  ///   - store: the cache to fill.
  ///   - transports: makes one transport per worker.
  ///   - options: selection, concurrency, pacing and limits.
  ///   - console: where progress and warnings go.
  public init(
    index: IndexURL, store: CacheStore, transports: any TransportFactory, options: CrawlOptions, console: Console
  ) {
    self.index = index
    self.store = store
    self.transports = transports
    self.options = options
    self.console = console
    pacer = RequestPacer(maxRate: options.maxRate)
  }

  /// Runs the crawl.
  ///
  /// - Throws: when the index is unreachable or not an index, libcurl refuses to verify TLS certificates, or the
  ///   cache cannot be written. Failures of single projects are recorded in the cache and the summary instead.
  public func run(registryName: String) throws(SquatwatchError) -> CrawlSummary {
    let started = Date()
    let probe = IndexProbe(fetcher: fetcher(transports.makeTransport()), index: index, store: store, options: options)
    let probed = try probe.run()
    let capabilities = probed.capabilities
    try store.setMeta("registry", registryName)
    try store.setMeta("capabilities", String(decoding: try encode(capabilities), as: UTF8.self))

    let listed = probed.listing.listedCount
    let selected = selection(from: probed.listing)
    let change = try store.reconcile(listing: selected, partial: options.projects != nil)
    let (run, resumed) = try store.beginRun()
    let states = try store.projectStates()
    let known = options.inspect ? try KnownInspections(store: store) : KnownInspections()
    var items: [ProjectCrawler.Item] = []
    var skipped = 0
    for entry in selected.entries {
      let cached = states[entry.name]
      if let cached, cached.state == .fetched, cached.inspected || !options.inspect,
        (capabilities.hasSerials && entry.serial != nil && cached.storedSerial == entry.serial)
          || (resumed && cached.run == run)
      {
        skipped += 1
        continue
      }
      items.append(ProjectCrawler.Item(entry: entry, cached: cached))
    }
    counters.setTotal(selected.entries.count)
    counters.skip(skipped)
    if resumed { console.log(.info, "resuming the crawl a previous run left unfinished") }

    let display = CrawlProgressDisplay(counters: counters, console: console)
    var crawling = capabilities
    // An upstream's collisions are each asked for their JSON API document: one request, where a probe would cost more.
    if options.privateNames != nil { crawling.hasJSONAPI = true }
    crawl(items, capabilities: crawling, known: known, run: run)
    display.stop()
    try flush(run: run, force: true)
    if let failure = runFailure.withLock({ $0 }) { throw failure }
    try store.finishRun(run)
    return CrawlSummary(
      registry: registryName, capabilities: capabilities, listed: listed, added: change.added,
      removed: change.removed, counts: counters.snapshot, seconds: Date().timeIntervalSince(started),
      resumed: resumed, failures: try store.failures(),
      collisions: options.privateNames.map { _ in selected.entries.count })
  }

  /// The listing narrowed to `--projects` (names asked for but not listed are still tried), or to the collisions
  /// with a private index.
  private func selection(from listing: ProjectListing) -> ProjectListing {
    var selected = listing
    if let privateNames = options.privateNames {
      selected.entries = listing.entries.filter(privateNames.collides)
      return selected
    }
    guard let wanted = options.projects else { return listing }
    let byName = Dictionary(listing.entries.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    selected.entries = wanted.filter(ProjectName.isValid).map(ProjectName.normalize).map {
      byName[$0] ?? ProjectListing.Entry(name: $0, displayName: $0, serial: nil)
    }
    return selected
  }

  private func crawl(
    _ items: [ProjectCrawler.Item], capabilities: IndexCapabilities, known: KnownInspections, run: Int
  ) {
    let next = Mutex(0)
    let group = DispatchGroup()
    for worker in 0..<min(options.concurrency, max(items.count, 1)) {
      // Serial queues run on overcommit threads, so blocking transfers cannot starve each other.
      DispatchQueue(label: "squatwatch.crawl.\(worker)").async(group: group) {
        let crawler = ProjectCrawler(
          fetcher: self.fetcher(self.transports.makeTransport()), index: self.index, store: self.store,
          options: self.options, capabilities: capabilities, known: known)
        while self.runFailure.withLock({ $0 }) == nil {
          let position = next.withLock { value -> Int in
            defer { value += 1 }
            return value
          }
          guard position < items.count else { break }
          let item = items[position]
          let outcome: ProjectCrawlResult.Outcome
          do throws(SquatwatchError) {
            outcome = try crawler.crawl(item)
          } catch {
            self.runFailure.withLock { $0 = $0 ?? error }
            break
          }
          if case .failed(let reason) = outcome {
            self.console.log(.debug, "\(item.entry.name): \(reason)")
          }
          self.counters.finish(outcome)
          self.pending.withLock { $0.results.append(ProjectCrawlResult(name: item.entry.name, outcome: outcome)) }
          try? self.flush(run: run, force: false)
        }
      }
    }
    group.wait()
  }

  /// Commits pending results once a batch is full or old enough (or always, with `force`).
  private func flush(run: Int, force: Bool) throws(SquatwatchError) {
    let batch = pending.withLock { state -> [ProjectCrawlResult] in
      let due =
        state.results.count >= Self.batchSize || Date().timeIntervalSince(state.lastCommit) >= Self.batchInterval
      guard force || due else { return [] }
      defer {
        state.results.removeAll(keepingCapacity: true)
        state.lastCommit = Date()
      }
      return state.results
    }
    do {
      try store.commit(batch, run: run)
    } catch {
      runFailure.withLock { $0 = $0 ?? error }
      throw error
    }
  }

  private func fetcher(_ transport: any Transport) -> RetryingFetcher {
    RetryingFetcher(transport: transport, policy: options.retry, pacer: pacer, counters: counters, index: index)
  }

  private func encode(_ value: some Encodable) throws(SquatwatchError) -> Data {
    do {
      return try JSONEncoder().encode(value)
    } catch {
      throw SquatwatchError(.cache, "cannot encode crawl state", cause: ErrorSummary(error))
    }
  }
}
