import Foundation

/// Facts as the cache stores them: one flat JSON object per project, keyed by property name.
///
/// Written and read through cJSON (`JSONObjectWriter`, `JSONTree`) rather than `Codable`: the crawl writes one
/// per project and `check` reads hundreds of thousands, and the generic coders cost more than deriving them.
extension ProjectFacts {
  /// Facts read back from `json`; nil when a field is missing or of the wrong type (facts of another layout).
  init?(json: JSONTree.Value) {
    guard let name = json["name"]?.string else { return nil }
    self.name = name
    guard let hasMetadata = json["hasMetadata"]?.bool else { return nil }
    self.hasMetadata = hasMetadata
    guard let hasPage = json["hasPage"]?.bool else { return nil }
    self.hasPage = hasPage
    guard let jsonAPIMissing = json["jsonAPIMissing"]?.bool else { return nil }
    self.jsonAPIMissing = jsonAPIMissing
    guard let hasUploadTimes = json["hasUploadTimes"]?.bool else { return nil }
    self.hasUploadTimes = hasUploadTimes
    guard let hasOwnership = json["hasOwnership"]?.bool else { return nil }
    self.hasOwnership = hasOwnership
    firstUpload = json["firstUpload"]?.integer.map(Int64.init)
    lastUpload = json["lastUpload"]?.integer.map(Int64.init)
    guard let fileCount = json["fileCount"]?.integer else { return nil }
    self.fileCount = fileCount
    guard let releasesWithFiles = json["releasesWithFiles"]?.integer else { return nil }
    self.releasesWithFiles = releasesWithFiles
    guard let zeroFileReleases = json["zeroFileReleases"]?.strings else { return nil }
    self.zeroFileReleases = zeroFileReleases
    guard let zeroFileReleaseCount = json["zeroFileReleaseCount"]?.integer else { return nil }
    self.zeroFileReleaseCount = zeroFileReleaseCount
    guard let versionCount = json["versionCount"]?.integer else { return nil }
    self.versionCount = versionCount
    guard let versionSample = json["versionSample"]?.strings else { return nil }
    self.versionSample = versionSample
    highestVersion = json["highestVersion"]?.string
    guard let owners = json["owners"]?.strings else { return nil }
    self.owners = owners
    organization = json["organization"]?.string
    guard let emails = json["emails"]?.strings else { return nil }
    self.emails = emails
    guard let summary = json["summary"]?.string else { return nil }
    self.summary = summary
    guard let summaryIsPlaceholder = json["summaryIsPlaceholder"]?.bool else { return nil }
    self.summaryIsPlaceholder = summaryIsPlaceholder
    guard let descriptionIsPlaceholder = json["descriptionIsPlaceholder"]?.bool else { return nil }
    self.descriptionIsPlaceholder = descriptionIsPlaceholder
    descriptionSHA256 = json["descriptionSHA256"]?.string
    guard let requirements = json["requirements"]?.strings else { return nil }
    self.requirements = requirements
    guard let repositories = json["repositories"]?.strings else { return nil }
    self.repositories = repositories
    guard let hasProvenance = json["hasProvenance"]?.bool else { return nil }
    self.hasProvenance = hasProvenance
    guard let fileSizesValues = json["fileSizes"], fileSizesValues.isArray else { return nil }
    fileSizes = fileSizesValues.elements.compactMap(\.integer)
    guard let fileHashes = json["fileHashes"]?.strings else { return nil }
    self.fileHashes = fileHashes
    guard let inspectedDistributions = json["inspectedDistributions"]?.integer else { return nil }
    self.inspectedDistributions = inspectedDistributions
    guard let scripts = json["scripts"]?.strings else { return nil }
    self.scripts = scripts
    guard let importNames = json["importNames"]?.strings else { return nil }
    self.importNames = importNames
    guard let codeBytes = json["codeBytes"]?.integer else { return nil }
    self.codeBytes = codeBytes
    guard let definesCode = json["definesCode"]?.bool else { return nil }
    self.definesCode = definesCode
    guard let nativeExtensions = json["nativeExtensions"]?.integer else { return nil }
    self.nativeExtensions = nativeExtensions
    guard let allMetadataOnly = json["allMetadataOnly"]?.bool else { return nil }
    self.allMetadataOnly = allMetadataOnly
    guard let pythonModules = json["pythonModules"]?.integer else { return nil }
    self.pythonModules = pythonModules
    guard let sourcesRead = json["sourcesRead"]?.bool else { return nil }
    self.sourcesRead = sourcesRead
    guard let payloadMembers = json["payloadMembers"]?.integer else { return nil }
    self.payloadMembers = payloadMembers
  }

  /// Facts decoded from a stored payload; nil when it is not a facts object.
  init?(payload: Data) {
    guard let facts = try? JSONTree.read(payload, what: "cached facts", { ProjectFacts(json: $0) }) else { return nil }
    self = facts
  }

  /// The stored payload.
  var payload: Data {
    let writer = JSONObjectWriter()
    writer.set("name", name)
    writer.set("hasMetadata", hasMetadata)
    writer.set("hasPage", hasPage)
    writer.set("jsonAPIMissing", jsonAPIMissing)
    writer.set("hasUploadTimes", hasUploadTimes)
    writer.set("hasOwnership", hasOwnership)
    writer.set("firstUpload", firstUpload.map(Int.init))
    writer.set("lastUpload", lastUpload.map(Int.init))
    writer.set("fileCount", fileCount)
    writer.set("releasesWithFiles", releasesWithFiles)
    writer.set("zeroFileReleases", zeroFileReleases)
    writer.set("zeroFileReleaseCount", zeroFileReleaseCount)
    writer.set("versionCount", versionCount)
    writer.set("versionSample", versionSample)
    writer.set("highestVersion", highestVersion)
    writer.set("owners", owners)
    writer.set("organization", organization)
    writer.set("emails", emails)
    writer.set("summary", summary)
    writer.set("summaryIsPlaceholder", summaryIsPlaceholder)
    writer.set("descriptionIsPlaceholder", descriptionIsPlaceholder)
    writer.set("descriptionSHA256", descriptionSHA256)
    writer.set("requirements", requirements)
    writer.set("repositories", repositories)
    writer.set("hasProvenance", hasProvenance)
    writer.set("fileSizes", fileSizes)
    writer.set("fileHashes", fileHashes)
    writer.set("inspectedDistributions", inspectedDistributions)
    writer.set("scripts", scripts)
    writer.set("importNames", importNames)
    writer.set("codeBytes", codeBytes)
    writer.set("definesCode", definesCode)
    writer.set("nativeExtensions", nativeExtensions)
    writer.set("allMetadataOnly", allMetadataOnly)
    writer.set("pythonModules", pythonModules)
    writer.set("sourcesRead", sourcesRead)
    writer.set("payloadMembers", payloadMembers)
    return writer.data()
  }
}
