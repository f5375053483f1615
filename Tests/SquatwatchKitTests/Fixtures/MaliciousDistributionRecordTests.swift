import Foundation
import SquatwatchFixtures
import SquatwatchKit
import Testing

@Suite struct MaliciousDistributionRecordTests {
  static let line = """
    {"added_date": "2023-08-16T01:40:36+08:00", "archive_size": 1024, "entry_points": [{"group": "console_scripts", \
    "name": "pip", "source": "entry_points.txt", "target": "pptest:main"}], "filename": "pptest-999.0.4.tar.gz", \
    "files": [["pptest-999.0.4/PKG-INFO", 182], ["pptest-999.0.4/setup.py", 659]], "metadata": {"author": "j0j0", \
    "author_email": "UNKNOWN", "description_head": "UNKNOWN", "home_page": null, "license": "MIT", \
    "metadata_version": "1.0", "name": "pptest", "project_urls": ["Bug Tracker, https://example.test/issues"], \
    "requires_dist": [], "summary": "Exfiltration", "version": "999.0.4"}, "n_files": 2, "top_level": ["pptest"]}
    """

  @Test func decodesMembersEntryPointsAndMetadata() throws {
    let data = Data(
      (Self.line + "\nnot json\n{\"added_date\": \"2024-01-01T00:00:00+08:00\", \"filename\": \"x-1.tar.gz\", "
        + "\"error\": \"blob absent from snapshot\"}\n").utf8)
    let read = MaliciousDistributionRecord.read(jsonLines: data)
    #expect(read.unreadable == 1)
    #expect(read.records.count == 2)
    let record = read.records[0]
    #expect(
      record.members == [
        .init(path: "pptest-999.0.4/PKG-INFO", size: 182), .init(path: "pptest-999.0.4/setup.py", size: 659),
      ])
    #expect(record.entryPoints.map(\.name) == ["pip"])
    #expect(record.topLevel == ["pptest"])
    let spec = try #require(record.spec())
    #expect(spec.name == "pptest" && spec.version == "999.0.4" && spec.summary == "Exfiltration")
    #expect(spec.coreMetadata.contains("Author-email: UNKNOWN\n"))
    #expect(spec.projectURLs.map(\.url) == ["https://example.test/issues"])
    #expect(read.records[1].error != nil && read.records[1].members.isEmpty && read.records[1].spec() == nil)
  }

  @Test func addedDateIsReadInUTC() throws {
    let record = try #require(MaliciousDistributionRecord.read(jsonLines: Data(Self.line.utf8)).records.first)
    #expect(record.addedTime == UploadTimestamp(year: 2023, month: 8, day: 15, secondOfDay: 17 * 3_600 + 40 * 60 + 36))
  }
}
