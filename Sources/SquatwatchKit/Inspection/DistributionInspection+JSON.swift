import Foundation

/// Inspections as the cache stores them: the JSON `Codable` reads back, written through cJSON.
///
/// The crawl stores one per distribution it reads; `JSONEncoder` cost more than the rest of a commit.
extension DistributionInspection {
  /// The stored payload; `JSONDecoder` decodes it into an equal inspection.
  var payload: Data {
    let writer = JSONObjectWriter()
    writer.set("sha256", sha256)
    writer.set("filename", filename)
    writer.set("members", objects: members) { member, value in
      member.set("name", value.name)
      member.set("size", value.size)
    }
    for (key, scripts) in [("consoleScripts", consoleScripts), ("guiScripts", guiScripts)] {
      writer.set(key, objects: scripts) { script, value in
        script.set("name", value.name)
        script.set("target", value.target)
      }
    }
    writer.set("topLevelNames", topLevelNames)
    writer.set("code") { summary in
      summary.set("pythonModules", code.pythonModules)
      summary.set("codeBytes", code.codeBytes)
      summary.set("definesAnything", code.definesAnything)
      summary.set("nativeExtensions", code.nativeExtensions)
      summary.set("metadataOnly", code.metadataOnly)
      summary.set("sourcesRead", code.sourcesRead)
      summary.set("modulesRead", code.modulesRead)
    }
    if let coreMetadata {
      writer.set("coreMetadata") { core in
        core.set("name", coreMetadata.name)
        core.set("version", coreMetadata.version)
        core.set("summary", coreMetadata.summary)
        core.set("authorEmail", coreMetadata.authorEmail)
        core.set("homePage", coreMetadata.homePage)
        core.set("projectURLs", coreMetadata.projectURLs)
        core.set("requiresDist", coreMetadata.requiresDist)
        core.set("importNames", coreMetadata.importNames)
        core.set("declaresImportNames", coreMetadata.declaresImportNames)
      }
    }
    writer.set("error", error)
    writer.set("bytesTransferred", bytesTransferred)
    return writer.data()
  }
}
