public import Foundation
import GRDB

/// The on-disk cache: raw bodies with their validators, inspections, the checks' facts, the crawl state and the
/// observations sent to PyPI.
///
/// Records are not stored: they are parsed again from the raw bodies where a reader needs them (`StoredProject`).
///
/// SQLite (through GRDB) in WAL mode makes every write atomic: a crawl killed
/// at any instant leaves the last committed state, which the next run accepts
/// and completes.
public final class CacheStore: Sendable {
  private let pool: DatabasePool
  /// The cache directory.
  public let directory: URL

  /// Opens (creating if needed) the cache in `directory`.
  ///
  /// - Throws: `cache` when the directory or database cannot be opened.
  public init(directory: URL) throws(SquatwatchError) {
    self.directory = directory
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      var configuration = Configuration()
      configuration.busyMode = .timeout(30)
      configuration.prepareDatabase { db in
        try db.execute(sql: "PRAGMA synchronous = NORMAL")
      }
      pool = try DatabasePool(
        path: directory.appendingPathComponent("squatwatch.sqlite").path, configuration: configuration)
      try Self.migrator.migrate(pool)
    } catch {
      throw SquatwatchError(.cache, "cannot open the cache at \(directory.path)", cause: ErrorSummary(error))
    }
  }

  private static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
          CREATE TABLE project (
            name TEXT PRIMARY KEY,
            display_name TEXT NOT NULL,
            listed_serial INTEGER,
            state TEXT NOT NULL,
            run INTEGER,
            stored_serial INTEGER,
            failures INTEGER NOT NULL DEFAULT 0,
            error TEXT,
            removed_at TEXT,
            updated_at TEXT NOT NULL
          );
          CREATE TABLE document (
            project TEXT NOT NULL,
            kind TEXT NOT NULL,
            status INTEGER NOT NULL,
            content_type TEXT,
            etag TEXT,
            last_modified TEXT,
            serial INTEGER,
            body BLOB NOT NULL,
            fetched_at TEXT NOT NULL,
            PRIMARY KEY (project, kind)
          );
          CREATE TABLE record (project TEXT PRIMARY KEY, payload BLOB NOT NULL);
          CREATE TABLE inspection (sha256 TEXT PRIMARY KEY, payload BLOB NOT NULL);
          """)
    }
    migrator.registerMigration("v2-inspected") { db in
      try db.execute(sql: "ALTER TABLE project ADD COLUMN inspected INTEGER NOT NULL DEFAULT 0")
    }
    migrator.registerMigration("v3-body-encoding") { db in
      // 1: raw deflate; 0: stored as is (small bodies, where deflate costs more than it saves).
      try db.execute(sql: "ALTER TABLE document ADD COLUMN encoding INTEGER NOT NULL DEFAULT 1")
    }
    migrator.registerMigration("v4-facts") { db in
      // The checks' per-project facts, derived from the record at commit time (see ProjectFacts).
      try db.execute(
        sql: "CREATE TABLE facts (project TEXT PRIMARY KEY, version INTEGER NOT NULL, payload BLOB NOT NULL)")
    }
    migrator.registerMigration("v5-records-from-documents") { db in
      // Parsed records are no longer stored; they are read again from the documents, which now keep the URL
      // their relative links resolve against. Documents stored before have none, so their projects are fetched
      // again on the next crawl (their facts serve checks until then).
      try db.execute(
        sql: """
          DROP TABLE record;
          ALTER TABLE document ADD COLUMN url TEXT;
          ALTER TABLE project ADD COLUMN inspection_keys TEXT NOT NULL DEFAULT '';
          UPDATE document SET etag = NULL, last_modified = NULL;
          UPDATE project SET stored_serial = NULL, inspected = 0;
          """)
    }
    migrator.registerMigration("v6-observations") { db in
      // Observations PyPI accepted (202), so `observe` never posts the same project and kind twice to one API.
      try db.execute(
        sql: """
          CREATE TABLE observation (
            api TEXT NOT NULL,
            project TEXT NOT NULL,
            kind TEXT NOT NULL,
            summary TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            PRIMARY KEY (api, project, kind)
          )
          """)
    }
    return migrator
  }

  // MARK: - Meta

  /// A value from the key-value state table.
  public func meta(_ key: String) throws(SquatwatchError) -> String? {
    try read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
  }

  /// Stores a value in the key-value state table.
  public func setMeta(_ key: String, _ value: String?) throws(SquatwatchError) {
    try write { db in
      if let value {
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
      } else {
        try db.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [key])
      }
    }
  }

  // MARK: - Runs

  /// Starts a crawl run, or resumes the one a killed crawl left open.
  ///
  /// - Returns: the run id and whether it is a resumed run.
  public func beginRun() throws(SquatwatchError) -> (id: Int, resumed: Bool) {
    try write { db in
      if let open = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'run.open'"), let id = Int(open) {
        return (id, true)
      }
      let last = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'run.last'").flatMap { Int($0) } ?? 0
      let id = last + 1
      try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('run.open', ?)", arguments: ["\(id)"])
      try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('run.last', ?)", arguments: ["\(id)"])
      return (id, false)
    }
  }

  /// Marks the open run finished, so the next crawl starts a new one.
  public func finishRun(_ id: Int) throws(SquatwatchError) {
    try write { db in
      try db.execute(sql: "DELETE FROM meta WHERE key = 'run.open'")
      try db.execute(
        sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('run.finished_at', ?)",
        arguments: [Self.timestamp()])
    }
  }

  // MARK: - Listing

  /// Counts from reconciling a new listing with the cache.
  public struct ListingChange: Sendable {
    public var added = 0
    public var removed = 0
    public var reappeared = 0
  }

  /// Records the listing: new projects become pending, missing ones are marked removed (never silently kept).
  ///
  /// With `partial` (only some projects were asked for), nothing is marked removed.
  public func reconcile(listing: ProjectListing, partial: Bool) throws(SquatwatchError) -> ListingChange {
    try write { db in
      var change = ListingChange()
      var known: [String: (state: String, displayName: String, serial: Int?)] = [:]
      let rows = try Row.fetchCursor(db, sql: "SELECT name, state, display_name, listed_serial FROM project")
      while let row = try rows.next() {
        known[row[0]] = (row[1], row[2], row[3])
      }
      let now = Self.timestamp()
      let upsert = try db.makeStatement(
        sql: """
          INSERT INTO project (name, display_name, listed_serial, state, updated_at) VALUES (?, ?, ?, 'pending', ?)
          ON CONFLICT(name) DO UPDATE SET display_name = excluded.display_name,
            listed_serial = excluded.listed_serial,
            state = CASE WHEN project.state = 'removed' THEN 'pending' ELSE project.state END,
            removed_at = CASE WHEN project.state = 'removed' THEN NULL ELSE project.removed_at END
          """)
      var listed = Set<String>()
      listed.reserveCapacity(listing.entries.count)
      for entry in listing.entries {
        listed.insert(entry.name)
        let previous = known[entry.name]
        switch previous?.state {
        case nil: change.added += 1
        case "removed": change.reappeared += 1
        default:
          // Unchanged entries are most of every re-crawl's listing: leave their rows alone.
          if previous?.displayName == entry.displayName && previous?.serial == entry.serial { continue }
        }
        try upsert.execute(arguments: [entry.name, entry.displayName, entry.serial, now])
      }
      if !partial {
        let remove = try db.makeStatement(
          sql: "UPDATE project SET state = 'removed', removed_at = ?, updated_at = ? WHERE name = ?")
        for (name, previous) in known where previous.state != "removed" && !listed.contains(name) {
          try remove.execute(arguments: [now, now, name])
          change.removed += 1
        }
      }
      return change
    }
  }

  /// The cached state of every listed project, keyed by normalized name.
  ///
  /// Read from the project table alone: an unchanged re-crawl decides everything from it, without touching the
  /// stored documents (see `validators(project:)` for the projects that are fetched again).
  public func projectStates() throws(SquatwatchError) -> [String: CachedProjectState] {
    try read { db in
      var states: [String: CachedProjectState] = [:]
      let rows = try Row.fetchCursor(
        db, sql: "SELECT name, state, run, stored_serial, failures, inspected FROM project")
      while let row = try rows.next() {
        states[row[0]] = CachedProjectState(
          state: CachedProjectState.State(rawValue: row[1]) ?? .pending, run: row[2], storedSerial: row[3],
          failures: row[4], inspected: row[5])
      }
      return states
    }
  }

  /// The validators of a project's stored documents.
  public func validators(project: String) throws(SquatwatchError) -> DocumentValidators {
    try read { db in
      var validators = DocumentValidators()
      for row in try Row.fetchAll(
        db, sql: "SELECT kind, etag, last_modified FROM document WHERE project = ? AND kind IN ('simple', 'json')",
        arguments: [project])
      {
        if row["kind"] == StoredDocument.Kind.simple.rawValue {
          validators.simpleETag = row["etag"]
          validators.simpleLastModified = row["last_modified"]
        } else {
          validators.jsonETag = row["etag"]
          validators.jsonLastModified = row["last_modified"]
        }
      }
      return validators
    }
  }

  /// Counts of projects by state.
  public func stateCounts() throws(SquatwatchError) -> [CachedProjectState.State: Int] {
    try read { db in
      var counts: [CachedProjectState.State: Int] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT state, COUNT(*) AS n FROM project GROUP BY state") {
        if let state = CachedProjectState.State(rawValue: row["state"]) { counts[state] = row["n"] }
      }
      return counts
    }
  }

  // MARK: - Documents and records

  /// Stores a document that does not belong to a project (the listing).
  public func store(listingDocument document: StoredDocument) throws(SquatwatchError) {
    let prepared = PreparedResult.Document(document)
    try write { db in try Self.insert(prepared, project: "", now: Self.timestamp(), db: db) }
  }

  /// The validators of the stored listing, without its body; nil when none is stored.
  public func listingValidators() throws(SquatwatchError) -> (etag: String?, lastModified: String?)? {
    try read { db in
      try Row.fetchOne(
        db, sql: "SELECT etag, last_modified FROM document WHERE project = '' AND kind = ?",
        arguments: [StoredDocument.Kind.listing.rawValue]
      ).map { (etag: $0["etag"], lastModified: $0["last_modified"]) }
    }
  }

  /// A stored document, decompressed.
  public func document(project: String, kind: StoredDocument.Kind) throws(SquatwatchError) -> StoredDocument? {
    try read { db in
      try Row.fetchOne(
        db, sql: "SELECT * FROM document WHERE project = ? AND kind = ?", arguments: [project, kind.rawValue]
      ).map(Self.document)
    }
  }

  private static func document(_ row: Row) -> StoredDocument {
    let stored: Data = row["body"]
    let encoding: Int = row["encoding"]
    let body =
      encoding == 0 ? stored : (try? Inflater.inflate(stored, format: .rawDeflate, outputLimit: 1 << 31)) ?? Data()
    return StoredDocument(
      kind: StoredDocument.Kind(rawValue: row["kind"]) ?? .simple, status: row["status"],
      contentType: row["content_type"], etag: row["etag"], lastModified: row["last_modified"], serial: row["serial"],
      body: body, url: row["url"])
  }

  /// Commits a batch of crawl results, each project's documents, inspections, facts and state together.
  public func commit(_ results: [ProjectCrawlResult], run: Int) throws(SquatwatchError) {
    guard !results.isEmpty else { return }
    // Encode and compress before taking the write lock, so other workers' commits are not held up by it.
    let prepared = results.map(PreparedResult.init)
    try write { db in
      let now = Self.timestamp()
      for item in prepared {
        let name = item.result.name
        switch item.result.outcome {
        case .fetched(_, _, let serial, let inspected):
          for document in item.documents { try Self.insert(document, project: name, now: now, db: db) }
          for (sha256, payload) in item.inspections {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO inspection (sha256, payload) VALUES (?, ?)")
              .execute(arguments: [sha256, payload])
          }
          try db.cachedStatement(sql: "INSERT OR REPLACE INTO facts (project, version, payload) VALUES (?, ?, ?)")
            .execute(arguments: [name, ProjectFacts.formatVersion, item.facts])
          try db.cachedStatement(
            sql: """
              UPDATE project SET state = 'fetched', run = ?, stored_serial = ?, failures = 0, error = NULL,
                inspected = ?, inspection_keys = ?, updated_at = ? WHERE name = ?
              """
          ).execute(arguments: [run, serial, inspected, item.inspections.map(\.0).joined(separator: " "), now, name])
        case .unchanged:
          try db.cachedStatement(
            sql: """
              UPDATE project SET state = 'fetched', run = ?, failures = 0, error = NULL, updated_at = ?
              WHERE name = ?
              """
          ).execute(arguments: [run, now, name])
        case .failed(let reason), .stale(let reason):
          let state = if case .stale = item.result.outcome { "stale" } else { "failed" }
          try db.cachedStatement(
            sql: """
              UPDATE project SET state = ?, run = ?, failures = failures + 1, error = ?, updated_at = ?
              WHERE name = ?
              """
          ).execute(arguments: [state, run, reason, now, name])
        }
      }
    }
  }

  /// A crawl result with its facts, inspections and bodies already encoded for storage.
  private struct PreparedResult {
    struct Document {
      var kind: StoredDocument.Kind
      var status: Int
      var contentType, etag, lastModified: String?
      var serial: Int?
      var body: Data
      var url: String?
      /// 1: raw deflate; 0: stored as is.
      var encoding: Int

      init(_ document: StoredDocument) {
        let compress = document.body.count >= CacheStore.compressionThreshold
        kind = document.kind
        status = document.status
        contentType = document.contentType
        etag = document.etag
        lastModified = document.lastModified
        serial = document.serial
        url = document.url
        body = compress ? Deflater.deflate(document.body, format: .rawDeflate, level: 1) : document.body
        encoding = compress ? 1 : 0
      }
    }

    var result: ProjectCrawlResult
    var documents: [Document] = []
    var inspections: [(String, Data)] = []
    var facts = Data()

    init(_ result: ProjectCrawlResult) {
      self.result = result
      guard case .fetched(let documents, let record, _, _) = result.outcome else { return }
      self.documents = documents.map(Document.init)
      inspections = record.inspections.filter { !$0.failedForNetworkReason }.map { ($0.sha256, $0.payload) }
      facts = ProjectFacts(record: record).payload
    }
  }

  /// The record of every stored project (not removed), in name order, with its inspections attached.
  ///
  /// Records are parsed from the stored documents; a project whose documents no longer parse is left out.
  public func records() throws(SquatwatchError) -> [ProjectRecord] {
    var records: [ProjectRecord] = []
    try forEachStoredProject(where: "p.state != 'removed'", arguments: []) { project, format, db in
      if let record = try? record(of: project, format: format, db: db) { records.append(record) }
    }
    return records
  }

  /// The stored record of one project, parsed from its documents.
  public func record(_ name: String) throws(SquatwatchError) -> ProjectRecord? {
    var found: ProjectRecord?
    try forEachStoredProject(where: "p.name = ?", arguments: [name]) { project, format, db in
      found = try record(of: project, format: format, db: db)
    }
    return found
  }

  /// Hands the cached facts of projects not removed to `facts`, `size` at a time, and then the records of
  /// projects whose facts are missing or of another format version (derive those, then `store(facts:)`).
  ///
  /// - Returns: how many projects' documents could not be parsed into a record.
  func forEachFactsBatch(
    size: Int, facts: ([Data]) -> Void, recordsWithoutFacts: ([ProjectRecord]) -> Void
  ) throws(SquatwatchError) -> Int {
    try read { db in
      let current = try Row.fetchCursor(
        db,
        sql: """
          SELECT f.payload FROM facts f JOIN project p ON p.name = f.project
          WHERE p.state != 'removed' AND f.version = ?
          """, arguments: [ProjectFacts.formatVersion])
      try Self.batches(of: current, size: size) { rows in facts(rows.map { $0["payload"] }) }
    }
    var batch: [ProjectRecord] = []
    var unreadable = 0
    try forEachStoredProject(
      where: """
        p.state != 'removed' AND NOT EXISTS (SELECT 1 FROM facts f WHERE f.project = p.name AND f.version = ?)
        """, arguments: [ProjectFacts.formatVersion]
    ) { project, format, db in
      guard let record = try? record(of: project, format: format, db: db) else {
        unreadable += 1
        return
      }
      batch.append(record)
      if batch.count >= size {
        recordsWithoutFacts(batch)
        batch.removeAll(keepingCapacity: true)
      }
    }
    if !batch.isEmpty { recordsWithoutFacts(batch) }
    return unreadable
  }

  /// Stores facts derived by `check` for records that had none, so the next check reads them directly.
  func store(facts: [(project: String, payload: Data)]) throws(SquatwatchError) {
    guard !facts.isEmpty else { return }
    try write { db in
      for item in facts {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO facts (project, version, payload) VALUES (?, ?, ?)")
          .execute(arguments: [item.project, ProjectFacts.formatVersion, item.payload])
      }
    }
  }

  private static func batches(of rows: RowCursor, size: Int, _ body: ([Row]) throws -> Void) throws {
    var batch: [Row] = []
    batch.reserveCapacity(size)
    while let row = try rows.next() {
      batch.append(row.copy())
      if batch.count >= size {
        try body(batch)
        batch.removeAll(keepingCapacity: true)
      }
    }
    if !batch.isEmpty { try body(batch) }
  }

  /// Hands each project matching `condition` (on `project p`) that has a stored page to `body`, in name order,
  /// with its documents, the index's simple-API serialization and the connection they were read on.
  private func forEachStoredProject(
    where condition: String, arguments: StatementArguments,
    _ body: (StoredProject, IndexCapabilities.SimpleFormat, Database) throws -> Void
  ) throws(SquatwatchError) {
    try read { db in
      let format = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'capabilities'").map {
        try JSONDecoder().decode(IndexCapabilities.self, from: Data($0.utf8)).simpleFormat
      }
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT p.name, p.display_name, p.inspection_keys, d.*
          FROM project p JOIN document d ON d.project = p.name AND d.kind IN ('simple', 'json')
          WHERE \(condition) ORDER BY p.name, d.kind DESC
          """, arguments: arguments)
      // Rows come simple first, then json, per project (kind descending).
      var pending: StoredProject?
      while let row = try rows.next() {
        let name: String = row["name"]
        let document = Self.document(row)
        if document.kind == .json, pending?.name == name {
          pending?.json = document
          continue
        }
        if let finished = pending { try body(finished, format ?? .html, db) }
        pending = nil
        guard document.kind == .simple else { continue }
        let keys: String = row["inspection_keys"]
        pending = StoredProject(
          name: name, displayName: row["display_name"], simple: document, json: nil,
          inspectionKeys: keys.split(separator: " ").map(String.init))
      }
      if let finished = pending { try body(finished, format ?? .html, db) }
    }
  }

  /// A stored project's record with its stored inspections attached.
  private func record(
    of project: StoredProject, format: IndexCapabilities.SimpleFormat, db: Database
  ) throws -> ProjectRecord {
    var record = try project.record(defaultFormat: format)
    let decoder = JSONDecoder()
    for key in project.inspectionKeys {
      if let inspection = try Self.inspection(sha256: key, db: db, decoder: decoder) {
        record.inspections.append(inspection)
      }
    }
    return record
  }

  /// Projects whose last attempt failed, with the reason.
  public func failures() throws(SquatwatchError) -> [(name: String, state: String, error: String)] {
    try read { db in
      try Row.fetchAll(
        db, sql: "SELECT name, state, error FROM project WHERE state IN ('failed', 'stale') ORDER BY name"
      ).map { (name: $0["name"], state: $0["state"], error: $0["error"] ?? "") }
    }
  }

  // MARK: - Inspections

  /// Hands the key (file sha256) of every stored inspection to `body`, in one query.
  func forEachInspectionKey(_ body: (String) -> Void) throws(SquatwatchError) {
    try read { db in
      let keys = try String.fetchCursor(db, sql: "SELECT sha256 FROM inspection")
      while let key = try keys.next() { body(key) }
    }
  }

  /// The stored inspection of the file with this sha256, if any.
  public func inspection(sha256: String) throws(SquatwatchError) -> DistributionInspection? {
    try read { db in try Self.inspection(sha256: sha256, db: db, decoder: JSONDecoder()) }
  }

  /// The stored inspection under `sha256`, read on `db` through one cached statement.
  private static func inspection(
    sha256: String, db: Database, decoder: JSONDecoder
  ) throws -> DistributionInspection? {
    let statement = try db.cachedStatement(sql: "SELECT payload FROM inspection WHERE sha256 = ?")
    guard let payload = try Data.fetchOne(statement, arguments: [sha256]) else { return nil }
    return try decoder.decode(DistributionInspection.self, from: payload)
  }

  /// Stores an inspection under its file's sha256.
  public func store(inspection: DistributionInspection) throws(SquatwatchError) {
    let payload = inspection.payload
    try write { db in
      try db.execute(
        sql: "INSERT OR REPLACE INTO inspection (sha256, payload) VALUES (?, ?)",
        arguments: [inspection.sha256, payload])
    }
  }

  // MARK: - Observations

  /// When an observation of `kind` about `project` was accepted by the observations API at `api`, if it was.
  func observationSentAt(api: String, project: String, kind: String) throws(SquatwatchError) -> String? {
    try read { db in
      try String.fetchOne(
        db, sql: "SELECT sent_at FROM observation WHERE api = ? AND project = ? AND kind = ?",
        arguments: [api, project, kind])
    }
  }

  /// Records an observation the API at `api` accepted, so it is never sent again.
  func recordObservation(api: String, project: String, kind: String, summary: String) throws(SquatwatchError) {
    try write { db in
      try db.execute(
        sql: "INSERT OR REPLACE INTO observation (api, project, kind, summary, sent_at) VALUES (?, ?, ?, ?, ?)",
        arguments: [api, project, kind, summary, Self.timestamp()])
    }
  }

  // MARK: - Health

  /// SQLite's own consistency check of the whole database file.
  ///
  /// - Returns: the problems found; empty when the cache is sound.
  public func integrityProblems() throws(SquatwatchError) -> [String] {
    try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" } }
  }

  // MARK: - Helpers

  /// Bodies below this size are stored uncompressed: deflate costs more than it saves there.
  static let compressionThreshold = 4096

  private static func insert(
    _ document: PreparedResult.Document, project: String, now: String, db: Database
  ) throws {
    try db.cachedStatement(
      sql: """
        INSERT OR REPLACE INTO document
          (project, kind, status, content_type, etag, last_modified, serial, body, encoding, url, fetched_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(arguments: [
      project, document.kind.rawValue, document.status, document.contentType, document.etag,
      document.lastModified, document.serial, document.body, document.encoding, document.url, now,
    ])
  }

  private func read<T>(_ body: (Database) throws -> T) throws(SquatwatchError) -> T {
    do {
      return try pool.read(body)
    } catch {
      throw SquatwatchError(.cache, "cannot read the cache at \(directory.path)", cause: ErrorSummary(error))
    }
  }

  private func write<T>(_ body: (Database) throws -> T) throws(SquatwatchError) -> T {
    do {
      return try pool.write(body)
    } catch {
      throw SquatwatchError(.cache, "cannot write the cache at \(directory.path)", cause: ErrorSummary(error))
    }
  }

  static func timestamp(_ date: Date = Date()) -> String {
    date.formatted(.iso8601)
  }
}
