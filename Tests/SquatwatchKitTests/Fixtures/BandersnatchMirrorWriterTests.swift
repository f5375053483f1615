import Foundation
import SquatwatchFixtures
import SquatwatchKit
import SquatwatchTestSupport
import Testing

@Suite struct BandersnatchMirrorWriterTests {
  private func json(_ url: URL) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
  }

  @Test(.tags(.slow)) func writesPagesFilesAndJSONThatAgree() throws {
    let registry = RegistryGenerator.generate(projectCount: 80, seed: 21)
    let directory = try TemporaryDirectory()
    let summary = try BandersnatchMirrorWriter().write(registry, to: directory.url)
    #expect(summary.projects == 80)
    let web = directory.url.appendingPathComponent("web")
    let root = try json(web.appendingPathComponent("simple/index.v1_json"))
    let listed = try #require(root["projects"] as? [[String: Any]])
    #expect(listed.count == 80)
    #expect((root["meta"] as? [String: Any])?["_last-serial"] as? Int == registry.lastSerial)
    var fileCount = 0
    for project in registry.projects {
      let simple = web.appendingPathComponent("simple/\(project.normalizedName)")
      let page = try json(simple.appendingPathComponent("index.v1_json"))
      let files = try #require(page["files"] as? [[String: Any]])
      #expect(files.count == project.releases.reduce(0) { $0 + $1.files.count })
      fileCount += files.count
      let html = try String(contentsOf: simple.appendingPathComponent("index.html"), encoding: .utf8)
      #expect(html.components(separatedBy: "<a href=").count - 1 == files.count)
      #expect(html.hasSuffix("<!--SERIAL \(project.lastSerial)-->"))
      if let requiresPython = project.spec.requiresPython, requiresPython.contains("<") {
        #expect(
          html.contains(
            "data-requires-python=\"\(requiresPython.replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "<", with: "&lt;"))\""
          ))
      }
      for file in files {
        let url = try #require(file["url"] as? String)
        let bytes = try Data(contentsOf: simple.appendingPathComponent(url).standardizedFileURL)
        #expect(bytes.count == file["size"] as? Int)
        #expect(SHA256Digest.hex(of: bytes) == (file["hashes"] as? [String: String])?["sha256"])
        if let metadata = file["core-metadata"] as? [String: String] {
          let served = try Data(contentsOf: simple.appendingPathComponent(url + ".metadata").standardizedFileURL)
          #expect(SHA256Digest.hex(of: served) == metadata["sha256"])
        }
      }
      let api = try json(web.appendingPathComponent("pypi/\(project.normalizedName)/json"))
      #expect((api["info"] as? [String: Any])?["name"] as? String == project.name)
      #expect(api["last_serial"] as? Int == project.lastSerial)
      let roles = (api["ownership"] as? [String: Any])?["roles"] as? [[String: String]]
      #expect(roles?.map { $0["user"] ?? "" } == project.ownership.roles.map(\.user))
      #expect((api["releases"] as? [String: Any])?.count == project.releases.count)
    }
    #expect(fileCount == summary.files)
  }

  @Test(.tags(.slow)) func metadataOnlyMirrorWithoutJSONAPIOrSerials() throws {
    let registry = RegistryGenerator.generate(projectCount: 60, seed: 2)
    let directory = try TemporaryDirectory()
    let dist = directory.url.appendingPathComponent("dist")
    let options = BandersnatchMirrorWriter.Options(
      jsonAPI: false, serials: false, distributions: false, distDirectory: dist)
    let summary = try BandersnatchMirrorWriter(options: options).write(registry, to: directory.url)
    let web = directory.url.appendingPathComponent("web")
    #expect(!FileManager.default.fileExists(atPath: web.appendingPathComponent("pypi").path))
    #expect(!FileManager.default.fileExists(atPath: web.appendingPathComponent("packages").path))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dist.path).count == summary.files)
    let root = try json(web.appendingPathComponent("simple/index.v1_json"))
    #expect((root["meta"] as? [String: Any])?["_last-serial"] == nil)
    #expect((root["projects"] as? [[String: Any]])?.allSatisfy { $0["_last-serial"] == nil } == true)
    let name = try #require(registry.projects.first?.normalizedName)
    let html = try String(contentsOf: web.appendingPathComponent("simple/\(name)/index.html"), encoding: .utf8)
    #expect(!html.contains("SERIAL"))
    let page = try json(web.appendingPathComponent("simple/\(name)/index.v1_json"))
    #expect((page["files"] as? [[String: Any]])?.allSatisfy { ($0["size"] as? Int ?? 0) > 0 } == true)
  }

  @Test func labelsFileMatchesTheGeneratedProjects() throws {
    let registry = RegistryGenerator.generate(projectCount: 300, seed: 9)
    let lines = registry.labelsJSONLines.split(separator: "\n")
    #expect(lines.count == registry.projects.count)
    for (line, project) in zip(lines, registry.projects) {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
      #expect(object["project"] == project.name)
      #expect(object["label"] == project.label.rawValue)
      #expect(object["target"] == project.target)
    }
  }

  @Test func writesTheNewestReleasesFilesOnlyAndListsTheRest() throws {
    let registry = RegistryGenerator.generate(projectCount: 80, seed: 21)
    let directory = try TemporaryDirectory()
    _ = try BandersnatchMirrorWriter(options: .init(writtenReleases: 1)).write(registry, to: directory.url)
    let web = directory.url.appendingPathComponent("web")
    let project = try #require(registry.projects.first { $0.releases.count >= 3 })
    let simple = web.appendingPathComponent("simple/\(project.normalizedName)")
    let files = try #require(try json(simple.appendingPathComponent("index.v1_json"))["files"] as? [[String: Any]])
    #expect(files.count == project.releases.reduce(0) { $0 + $1.files.count })
    let newest = Set(project.releases.last?.files.map { project.build($0, of: project.releases.last!).filename } ?? [])
    for file in files {
      let url = simple.appendingPathComponent(try #require(file["url"] as? String)).standardizedFileURL
      let written = FileManager.default.fileExists(atPath: url.path)
      #expect(written == newest.contains(file["filename"] as? String ?? ""))
    }
  }

  @Test func bringsAMirrorUpToDateProjectByProject() throws {
    let registry = RegistryGenerator.generate(projectCount: 80, seed: 21)
    let directory = try TemporaryDirectory()
    let only: Set<String> = [registry.projects[0].normalizedName, registry.projects[5].normalizedName]
    let summary = try BandersnatchMirrorWriter().write(registry, to: directory.url, only: only)
    #expect(summary.projects == 2)
    let web = directory.url.appendingPathComponent("web")
    let written = try FileManager.default.contentsOfDirectory(atPath: web.appendingPathComponent("simple").path)
    #expect(Set(written.filter { !$0.hasPrefix("index.") }) == only)
    let root = try json(web.appendingPathComponent("simple/index.v1_json"))
    #expect((root["projects"] as? [[String: Any]])?.count == 80)
  }
}
