import Dispatch
import Foundation
import SquatwatchFixtures
import SquatwatchKit
import SquatwatchTestSupport
import Synchronization
import Testing

/// SIGKILL at 26 moments spread over a crawl that inspects real distributions: every resumed crawl ends
/// with exactly the records of an uninterrupted one, and committed projects are never fetched again.
@Suite(.tags(.server, .process)) struct KillPointTests {
  private static let generated = Result { () throws -> TemporaryDirectory in
    let directory = try TemporaryDirectory(prefix: "kill-mirror")
    _ = try BandersnatchMirrorWriter().write(RegistryGenerator.generate(projectCount: 24, seed: 5), to: directory.url)
    return directory
  }

  static let latency = 0.01

  /// What one kill hit, read from the cache and the server's log afterwards.
  struct KillPoint: Sendable {
    var delay: Double
    /// The killed process had already exited on its own: not a kill point.
    var missed: Bool
    /// The listing had been reconciled into the cache.
    var listingStored: Bool
    /// Projects committed as fetched, and their stored inspections.
    var committed: Int
    var committedInspections: Int
    /// The kind of the last request the server received before the kill: listing, page, json-api, distribution.
    var inFlight: String
    /// Problems found after the resume; empty when it ended identical to the uninterrupted crawl.
    var problems: [String]

    var phase: String {
      guard listingStored else { return "start-up or listing (no listing stored)" }
      return "\(inFlight) in flight, \(committed) projects committed"
    }
  }

  static func kind(of path: String) -> String {
    if path == "/simple/" { return "listing" }
    if path.hasPrefix("/simple/") { return "page" }
    if path.hasPrefix("/pypi/") { return "json-api" }
    return path.hasPrefix("/packages/") ? "distribution (inspection)" : "other"
  }

  static func arguments(_ server: MirrorServer, _ cache: TemporaryDirectory) -> [String] {
    ["crawl", "--index-url", server.indexURL, "--cache-dir", cache.path, "--concurrency", "2", "--quiet"]
  }

  static func killRound(delay: Double, expected: [String]) throws -> KillPoint {
    let server = try MirrorServer(directory: try generated.get().url, dialect: .json, latency: latency)
    defer { server.shutdown() }
    let cache = try TemporaryDirectory(prefix: "kill-point")
    let process = Process()
    process.executableURL = try BuiltProduct.url("squatwatch")
    process.arguments = arguments(server, cache)
    try process.run()
    Thread.sleep(forTimeInterval: delay)
    kill(process.processIdentifier, SIGKILL)
    let killedAt = Date()
    process.waitUntilExit()
    var point = KillPoint(
      delay: delay, missed: process.terminationReason != .uncaughtSignal, listingStored: false, committed: 0,
      committedInspections: 0, inFlight: "none", problems: [])
    point.inFlight = server.requests.last { $0.receivedAt <= killedAt }.map { kind(of: $0.path) } ?? "none"

    let store = try CacheStore(directory: cache.url)
    let states = try store.projectStates()
    let done = Set(states.filter { $0.value.state == .fetched }.map(\.key))
    point.listingStored = !states.isEmpty
    point.committed = done.count
    point.committedInspections = try store.records().filter { done.contains($0.name) }.reduce(0) {
      $0 + $1.inspections.count
    }
    if !(try store.integrityProblems().isEmpty) { point.problems.append("integrity check failed after the kill") }

    let mark = server.requests.count
    let resumed = try BuiltProduct.run("squatwatch", arguments(server, cache))
    if resumed.status != 0 { point.problems.append("resumed crawl exited \(resumed.status): \(resumed.stderr)") }
    let refetched = server.requests.dropFirst(mark).filter { request in
      let parts = request.path.split(separator: "/")
      return parts.count == 2 && parts[0] == "simple" && done.contains(String(parts[1]))
    }
    if !refetched.isEmpty { point.problems.append("refetched committed pages: \(refetched.map(\.path))") }
    let actual = try KillResumeTests.records(cache).map(portless)
    if actual != expected {
      point.problems.append("resumed cache differs from an uninterrupted crawl: \(firstDifference(actual, expected))")
    }
    return point
  }

  /// A record with the server's port taken out: each round has a server of its own.
  static func portless(_ record: String) -> String {
    record.replacingOccurrences(of: #"127\.0\.0\.1:[0-9]+"#, with: "127.0.0.1", options: .regularExpression)
  }

  /// Where two record lists first differ, with a little context, for the failure message.
  static func firstDifference(_ actual: [String], _ expected: [String]) -> String {
    guard actual.count == expected.count else { return "\(actual.count) records, expected \(expected.count)" }
    guard let (got, want) = zip(actual, expected).first(where: { $0 != $1 }) else { return "none" }
    let common = zip(got, want).prefix { $0 == $1 }.count
    return
      "…\(got.dropFirst(max(0, common - 80)).prefix(200))… expected …\(want.dropFirst(max(0, common - 80)).prefix(200))…"
  }

  @Test func killsAtTwoDozenMomentsAllResumeToTheSameRecords() throws {
    let server = try MirrorServer(directory: try Self.generated.get().url, dialect: .json, latency: Self.latency)
    let reference = try TemporaryDirectory(prefix: "kill-reference")
    let started = Date()
    let clean = try BuiltProduct.run("squatwatch", Self.arguments(server, reference))
    let duration = Date().timeIntervalSince(started)
    server.shutdown()
    #expect(clean.status == 0, "\(clean.stderr)")
    let expected = try KillResumeTests.records(reference).map(Self.portless)
    #expect(try CacheStore(directory: reference.url).records().contains { !$0.inspections.isEmpty })

    // Kill moments spread from process start-up to three quarters of the uninterrupted duration, so machine
    // load cannot push them past the crawl's end; four rounds run at a time (the crawls mostly wait on the
    // server's latency), which only makes each crawl slower than the reference.
    let rounds = 26
    let delays = (0..<rounds).map { 0.03 + 0.75 * duration * Double($0) / Double(rounds - 1) }
    let points = Mutex<[Int: Result<KillPoint, any Error>]>([:])
    // One serial queue per lane: concurrentPerform would run only as many lanes as there are cores.
    let group = DispatchGroup()
    for lane in 0..<4 {
      DispatchQueue(label: "kill-lane-\(lane)").async(group: group) {
        for round in stride(from: lane, to: delays.count, by: 4) {
          let result = Result { try Self.killRound(delay: delays[round], expected: expected) }
          points.withLock { $0[round] = result }
        }
      }
    }
    group.wait()
    let results = try points.withLock { $0 }.sorted { $0.key < $1.key }.map { try $0.value.get() }
    for point in results {
      #expect(
        point.problems.isEmpty, "kill at \(String(format: "%.2f", point.delay)) s (\(point.phase)): \(point.problems)")
      print(
        "kill-point: \(String(format: "%.2f", point.delay)) s: \(point.missed ? "missed (crawl had finished)" : point.phase), "
          + "\(point.committedInspections) inspections committed")
    }
    let hits = results.filter { !$0.missed }
    #expect(hits.count >= 20, "too many kills came after the crawl ended")
    // The kills cover the listing, page and inspection phases, before and after commits.
    #expect(hits.contains { $0.inFlight == "distribution (inspection)" })
    #expect(hits.contains { $0.inFlight == "page" || $0.inFlight == "json-api" })
    #expect(hits.contains { $0.committed == 0 } && hits.contains { $0.committed > 0 })
  }
}
