import Foundation

/// The facts every check reads, derived once per project from its record.
///
/// Records come from attacker-written indexes, so everything here is bounded and tolerant of missing fields.
struct ProjectFacts: Sendable {
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
  /// Versions of releases that have no files (JSON API only).
  var zeroFileReleases: [String]
  /// Every release version known.
  var versions: [String]
  var owners: Set<String>
  var organization: String?
  /// Lowercased e-mail addresses from the JSON API and Core Metadata.
  var emails: [String]
  var summary: String
  var description: String
  var descriptionSHA256: String?
  /// Normalized names of the projects the latest release requires.
  var requirements: [String]
  /// Repository URLs reduced to `host/owner/repo`, lowercased.
  var repositories: Set<String>
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

  init(record: ProjectRecord) {
    name = record.name
    let metadata = record.metadata
    hasMetadata = metadata != nil
    hasPage = record.page != nil
    jsonAPIMissing = record.jsonAPI == .missing
    let files = record.page?.files ?? []
    var first: Int64?
    var last: Int64?
    func see(_ text: String?) {
      guard let text, let seconds = UploadTime.seconds(text) else { return }
      first = min(first ?? seconds, seconds)
      last = max(last ?? seconds, seconds)
    }
    for file in files { see(file.uploadTime) }
    for release in metadata?.releases ?? [] where release.fileCount > 0 { see(release.firstUpload) }
    firstUpload = first
    lastUpload = last
    hasUploadTimes = first != nil

    let releases = metadata?.releases ?? []
    fileCount = record.page != nil ? files.count : releases.reduce(0) { $0 + max(0, $1.fileCount) }
    zeroFileReleases = Array(releases.filter { $0.fileCount == 0 }.map(\.version).prefix(Self.maximumListed))
    var versionSet = Set(releases.map(\.version))
    versionSet.formUnion(record.page?.versions ?? [])
    versionSet.formUnion(files.compactMap(\.version))
    versions = Array(versionSet.prefix(Self.maximumListed))
    if releases.isEmpty {
      releasesWithFiles = Set(files.compactMap(\.version)).count
    } else {
      releasesWithFiles = releases.filter { $0.fileCount > 0 }.count
    }

    owners = Set((metadata?.owners ?? []).prefix(Self.maximumListed).map { $0.user.lowercased() })
    organization = metadata?.organization?.lowercased()
    hasOwnership = !owners.isEmpty || organization != nil

    var addresses: [String] = []
    for field in [metadata?.authorEmail, metadata?.maintainerEmail] + record.inspections.map(\.coreMetadata?.authorEmail) {
      guard let field else { continue }
      addresses.append(contentsOf: Self.emailAddresses(in: field))
    }
    emails = Array(Set(addresses)).sorted()

    summary = (metadata?.summary ?? record.inspections.lazy.compactMap(\.coreMetadata?.summary).first ?? "")
      .trimmingWhitespace()
    description = (metadata?.description ?? "").trimmingWhitespace()
    descriptionSHA256 = metadata?.descriptionSHA256

    var required = metadata?.requiresDist ?? []
    if required.isEmpty, let fromWheel = record.inspections.lazy.compactMap(\.coreMetadata).first?.requiresDist {
      required = fromWheel
    }
    requirements = Array(
      Set(required.prefix(Self.maximumListed).compactMap(Self.requirementName)).subtracting([record.name]))

    var urls = Array((metadata?.projectURLs ?? [:]).values)
    if let home = metadata?.homePage { urls.append(home) }
    for inspection in record.inspections {
      if let core = inspection.coreMetadata {
        urls.append(contentsOf: core.projectURLs)
        if let home = core.homePage { urls.append(home) }
      }
    }
    repositories = Set(urls.prefix(Self.maximumListed).compactMap(Self.repository))
    hasProvenance = files.contains { $0.provenance != nil }

    let newest = metadata?.version
    let newestFiles = files.filter { newest == nil || $0.version == nil || $0.version == newest }
    fileSizes = newestFiles.compactMap(\.size)
    fileHashes = newestFiles.compactMap(\.sha256)

    let readable = record.inspections.filter { $0.error == nil || !$0.members.isEmpty }
    inspectedDistributions = readable.count
    var scriptNames = Set<String>()
    var imports = Set<String>()
    var bytes = 0
    var defines = false
    var native = 0
    var modules = 0
    var payload = 0
    for inspection in readable {
      payload = max(payload, inspection.members.prefix(10_000).filter { Self.isPayload($0.name) }.count)
      modules = max(modules, inspection.code.pythonModules)
      for script in inspection.consoleScripts + inspection.guiScripts { scriptNames.insert(script.name) }
      imports.formUnion(inspection.topLevelNames)
      if let core = inspection.coreMetadata { imports.formUnion(core.importNames) }
      bytes = max(bytes, inspection.code.codeBytes)
      defines = defines || inspection.code.definesAnything
      native = max(native, inspection.code.nativeExtensions)
    }
    scripts = Array(scriptNames.prefix(Self.maximumListed)).sorted()
    importNames = Array(imports.prefix(Self.maximumListed)).sorted()
    codeBytes = bytes
    definesCode = defines
    nativeExtensions = native
    allMetadataOnly = !readable.isEmpty && readable.allSatisfy(\.code.metadataOnly)
    pythonModules = modules
    payloadMembers = payload
    sourcesRead = readable.contains { $0.code.sourcesRead || $0.code.metadataOnly }
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
      let address = text.trimmingWhitespace().lowercased()
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
