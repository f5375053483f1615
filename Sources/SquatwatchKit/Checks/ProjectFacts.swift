import Foundation

/// The facts every check reads, derived once per project from its record.
///
/// Records come from attacker-written indexes, so everything here is bounded and tolerant of missing fields.
///
/// The crawl stores each project's facts next to its documents (see `ProjectFacts+JSON`, tagged with
/// `formatVersion`), so `check` reads these small values instead of parsing documents again; bump the version
/// whenever derivation changes.
struct ProjectFacts: Sendable {
  /// The version of how facts are derived from records; cached facts of another version are derived again.
  static let formatVersion = 2

  var name: String
  /// Whether the JSON API document was available.
  var hasMetadata: Bool
  /// Whether the simple-API page was fetched.
  var hasPage: Bool
  /// Whether the JSON API answered 404 (on PyPI: no releases that are not quarantined).
  var jsonAPIMissing: Bool
  /// Whether any upload time was known.
  var hasUploadTimes: Bool
  /// Whether ownership roles or an organization were given.
  var hasOwnership: Bool
  /// Earliest and latest upload, seconds since 1970.
  var firstUpload: Int64?
  var lastUpload: Int64?
  /// Files on the project page, or counted from the JSON API's releases when there is no page.
  var fileCount: Int
  /// Releases that have at least one file.
  var releasesWithFiles: Int
  /// Versions of releases that have no files (JSON API only), at most ten of them.
  var zeroFileReleases: [String]
  var zeroFileReleaseCount: Int
  /// How many release versions are known, and up to three of them (sorted).
  var versionCount: Int
  var versionSample: [String]
  /// The version pip installs by default: the highest final release that has files and is not yanked.
  var highestVersion: String?
  /// Lowercased owner account names, sorted.
  var owners: [String]
  var organization: String?
  /// Lowercased e-mail addresses from the JSON API and Core Metadata.
  var emails: [String]
  /// The summary as given (not copied or trimmed: a whole registry of them is large).
  var summary: String
  var summaryIsPlaceholder: Bool
  var descriptionIsPlaceholder: Bool
  var descriptionSHA256: String?
  /// Normalized names of the projects the latest release requires.
  var requirements: [String]
  /// Repository URLs reduced to `host/owner/repo`, lowercased.
  var repositories: [String]
  /// Whether any file carries PEP 740 provenance.
  var hasProvenance: Bool
  /// Sizes and sha256 digests of the files of the newest release.
  var fileSizes: [Int]
  var fileHashes: [String]
  /// Inspections of distributions that could be read.
  var inspectedDistributions: Int
  /// Console and GUI script names the distributions install.
  var scripts: [String]
  /// Top-level import names, including PEP 794 `Import-Name`.
  var importNames: [String]
  /// Largest amount of real code in one distribution, and whether any defines anything or ships native code.
  var codeBytes: Int
  var definesCode: Bool
  var nativeExtensions: Int
  /// Whether every inspected distribution holds only packaging metadata.
  var allMetadataOnly: Bool
  /// Most `.py` modules in one distribution.
  var pythonModules: Int
  /// Whether module sources were read, so `definesCode` can be trusted.
  var sourcesRead: Bool
  /// Archive members that are neither packaging metadata nor boilerplate (stubs, data, modules).
  var payloadMembers: Int

  /// Whether the project is known by its name alone (`squatwatch names`): no page and no metadata.
  var knowsOnlyTheName: Bool { !hasPage && !hasMetadata }

  /// Days of release history between first and latest upload.
  var historyDays: Int {
    guard let firstUpload, let lastUpload else { return 0 }
    return Int((lastUpload - firstUpload) / 86_400)
  }

  /// The day of the first upload, counted from 1970-01-01.
  var firstUploadDay: Int? { firstUpload.map { Int($0 / 86_400) } }

  private static let repositoryHosts: Set<String> = [
    "github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "git.sr.ht", "sr.ht", "gitee.com",
  ]
  private static let maximumListed = 256

  init(record: borrowing ProjectRecord) {
    name = record.name
    let metadata = record.metadata
    hasMetadata = metadata != nil
    hasPage = record.page != nil
    jsonAPIMissing = record.jsonAPI == .missing
    let files = record.page?.files ?? []
    let history = Self.history(of: record)
    firstUpload = history.first
    lastUpload = history.last
    hasUploadTimes = history.first != nil

    let releases = metadata?.releases ?? []
    fileCount = record.page != nil ? files.count : releases.reduce(0) { $0 + max(0, $1.fileCount) }
    var zeroFile: [String] = []
    var zeroFileCount = 0
    for release in releases where release.fileCount == 0 {
      zeroFileCount += 1
      if zeroFile.count < 10 { zeroFile.append(release.version) }
    }
    zeroFileReleases = zeroFile
    zeroFileReleaseCount = zeroFileCount
    releasesWithFiles = history.releasesWithFiles
    if !releases.isEmpty {
      versionCount = releases.count
      versionSample = Array(releases.prefix(3).map(\.version)).sorted()
    } else {
      let pageVersions = record.page?.versions ?? []
      versionCount = pageVersions.count
      versionSample = Array(pageVersions.prefix(3)).sorted()
    }
    highestVersion =
      releases.isEmpty
      ? VersionOrder.highest(Set(files.filter { !$0.yanked }.compactMap(\.version)))
      : VersionOrder.highest(releases.filter { $0.fileCount > 0 && !$0.yanked }.map(\.version))

    var ownerNames: [String] = []
    for owner in (metadata?.owners ?? []).prefix(16) {
      let user = Self.lowercased(owner.user)
      if !ownerNames.contains(user) { ownerNames.append(user) }
    }
    owners = ownerNames.sorted()
    organization = metadata?.organization.map(Self.lowercased)
    hasOwnership = !owners.isEmpty || organization != nil

    var addresses: [String] = []
    for field in [metadata?.authorEmail, metadata?.maintainerEmail] {
      if let field { addresses.append(contentsOf: Self.emailAddresses(in: field)) }
    }
    if addresses.isEmpty, let field = record.inspections.lazy.compactMap(\.coreMetadata?.authorEmail).first {
      addresses = Self.emailAddresses(in: field)
    }
    emails = addresses.count > 1 ? Array(Set(addresses)).sorted() : addresses

    summary = metadata?.summary ?? record.inspections.lazy.compactMap(\.coreMetadata?.summary).first ?? ""
    summaryIsPlaceholder = EmptyPackageCheck.isPlaceholder(summary, name: record.name)
    descriptionIsPlaceholder = EmptyPackageCheck.isPlaceholder(metadata?.description ?? "", name: record.name)
    descriptionSHA256 = metadata?.descriptionSHA256

    requirements = Self.requirements(of: record)

    var repositoryNames: [String] = []
    func see(url: String) {
      guard repositoryNames.count < 8, let repository = Self.repository(url), !repositoryNames.contains(repository)
      else { return }
      repositoryNames.append(repository)
    }
    for url in (metadata?.projectURLs ?? [:]).values { see(url: url) }
    if let home = metadata?.homePage { see(url: home) }
    for inspection in record.inspections {
      guard let core = inspection.coreMetadata else { continue }
      for url in core.projectURLs.prefix(16) { see(url: url) }
      if let home = core.homePage { see(url: home) }
    }
    repositories = repositoryNames.sorted()
    hasProvenance = files.contains { $0.provenance != nil }

    let newest = metadata?.version
    var sizes: [Int] = []
    var hashes: [String] = []
    for file in files where newest == nil || file.version == nil || file.version == newest {
      if let size = file.size { sizes.append(size) }
      if let sha = file.sha256 { hashes.append(sha) }
      if sizes.count >= 3 || hashes.count >= 3 { break }
    }
    fileSizes = sizes
    fileHashes = hashes

    var readable = 0
    var scriptNames: [String] = []
    var imports: [String] = []
    func add(_ name: String, to list: inout [String]) {
      if list.count < Self.maximumListed, !list.contains(name) { list.append(name) }
    }
    var bytes = 0
    var defines = false
    var native = 0
    var modules = 0
    var payload = 0
    var metadataOnlyCount = 0
    var anySourcesRead = false
    for inspection in record.inspections where inspection.error == nil || !inspection.members.isEmpty {
      readable += 1
      let code = inspection.code
      if code.pythonModules == 0 && !code.metadataOnly {
        payload = max(payload, inspection.members.prefix(10_000).filter { Self.isPayload($0.name) }.count)
      }
      modules = max(modules, code.pythonModules)
      for script in inspection.consoleScripts { add(script.name, to: &scriptNames) }
      for script in inspection.guiScripts { add(script.name, to: &scriptNames) }
      for name in inspection.topLevelNames { add(name, to: &imports) }
      for name in inspection.coreMetadata?.importNames ?? [] { add(name, to: &imports) }
      bytes = max(bytes, code.codeBytes)
      defines = defines || code.definesAnything
      native = max(native, code.nativeExtensions)
      if code.metadataOnly { metadataOnlyCount += 1 }
      anySourcesRead = anySourcesRead || code.sourcesRead || code.metadataOnly
    }
    inspectedDistributions = readable
    scripts = scriptNames.sorted()
    importNames = imports.sorted()
    codeBytes = bytes
    definesCode = defines
    nativeExtensions = native
    allMetadataOnly = readable > 0 && metadataOnlyCount == readable
    pythonModules = modules
    payloadMembers = payload
    sourcesRead = anySourcesRead
  }

  private static let boilerplateNames: Set<String> = [
    "pkg-info", "setup.py", "setup.cfg", "pyproject.toml", "manifest.in", "readme", "readme.md", "readme.rst",
    "readme.txt", "license", "license.txt", "license.md", "licence", "copying", "__init__.py", "requirements.txt",
  ]

  /// Whether an archive member is content rather than metadata or packaging boilerplate.
  static func isPayload(_ member: String) -> Bool {
    guard !member.hasSuffix("/") else { return false }
    let components = member.split(separator: "/")
    if components.contains(where: { $0.hasSuffix(".dist-info") || $0.hasSuffix(".egg-info") }) { return false }
    guard let last = components.last else { return false }
    return !boilerplateNames.contains(last.lowercased())
  }

  /// Earliest and latest upload and the number of releases with files, from the page and the JSON API.
  static func history(of record: borrowing ProjectRecord) -> (first: Int64?, last: Int64?, releasesWithFiles: Int) {
    var first: Int64?
    var last: Int64?
    func see(_ text: String?) {
      guard let text, let seconds = UploadTime.seconds(text) else { return }
      first = min(first ?? seconds, seconds)
      last = max(last ?? seconds, seconds)
    }
    for file in record.page?.files ?? [] { see(file.uploadTime) }
    var withFiles = 0
    for release in record.metadata?.releases ?? [] where release.fileCount > 0 {
      withFiles += 1
      see(release.firstUpload)
    }
    if record.metadata?.releases.isEmpty ?? true { withFiles = record.page?.versions.count ?? 0 }
    return (first, last, withFiles)
  }

  /// Normalized names of the projects the latest release requires, without the project itself.
  static func requirements(of record: borrowing ProjectRecord) -> [String] {
    var lines = record.metadata?.requiresDist ?? []
    if lines.isEmpty, let fromWheel = record.inspections.lazy.compactMap(\.coreMetadata).first?.requiresDist {
      lines = fromWheel
    }
    var names: [String] = []
    for line in lines.prefix(maximumListed) {
      guard let name = requirementName(line), name != record.name, !names.contains(name) else { continue }
      names.append(name)
    }
    return names
  }

  /// Whether a project with this history is established: several releases with files over half a year.
  ///
  /// HTML-only indexes (pypiserver, devpi, Artifactory, Nexus) give no upload times at all; there the release
  /// count alone decides, with a higher bar, or no project could ever become a typosquat target.
  static func isEstablished(releasesWithFiles: Int, first: Int64?, last: Int64?) -> Bool {
    guard let first, let last else { return releasesWithFiles >= establishedReleasesWithoutTimes }
    return releasesWithFiles >= 3 && (last - first) / 86_400 >= 180
  }

  /// Releases with files that make a project established when no upload time is known.
  static let establishedReleasesWithoutTimes = 4

  /// `text` lowercased, without a copy when it already is.
  static func lowercased(_ text: String) -> String {
    text.utf8.contains { $0 >= 65 && $0 <= 90 } ? text.lowercased() : text
  }

  /// The normalized project name at the start of a `Requires-Dist` line.
  static func requirementName(_ line: String) -> String? {
    let name = line.utf8.prefix { byte in
      (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
    }
    guard let text = String(name), ProjectName.isValid(text) else { return nil }
    return ProjectName.normalize(text)
  }

  /// The addresses in an e-mail header value such as `"A" <a@x.org>, b@y.org`.
  static func emailAddresses(in field: String) -> [String] {
    field.prefix(1024).split(whereSeparator: { $0 == "," || $0 == ";" }).compactMap { part in
      var text = Substring(part)
      if let open = text.lastIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close {
        text = text[text.index(after: open)..<close]
      }
      let address = lowercased(text.trimmingWhitespace())
      guard let at = address.firstIndex(of: "@"), at != address.startIndex,
        address.index(after: at) != address.endIndex, !address.contains(" ")
      else { return nil }
      return address
    }
  }

  /// `host/owner/repo` for a URL on a known code-hosting service.
  static func repository(_ url: String) -> String? {
    let lower = url.prefix(512).lowercased()
    guard let schemeEnd = lower.range(of: "://") else { return nil }
    let parts = lower[schemeEnd.upperBound...].split(separator: "/", omittingEmptySubsequences: true)
    guard parts.count >= 3 else { return nil }
    var host = String(parts[0])
    if host.hasPrefix("www.") { host.removeFirst(4) }
    guard repositoryHosts.contains(host) else { return nil }
    var repo = String(parts[2])
    if repo.hasSuffix(".git") { repo.removeLast(4) }
    if let query = repo.firstIndex(where: { $0 == "?" || $0 == "#" }) { repo = String(repo[..<query]) }
    guard !repo.isEmpty else { return nil }
    return "\(host)/\(parts[1])/\(repo)"
  }
}
