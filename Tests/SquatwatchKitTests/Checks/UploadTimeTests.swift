import Testing

@testable import SquatwatchKit

@Suite struct UploadTimeTests {
  @Test func parsesIndexTimestampsAndFormatsThemBack() throws {
    let seconds = try #require(UploadTime.seconds("2025-06-30T12:34:56.123456Z"))
    #expect(seconds == 1_751_286_896)
    #expect(UploadTime.text(seconds) == "2025-06-30T12:34:56Z")
    #expect(UploadTime.seconds("2024-02-29") == 1_709_164_800)
    #expect(UploadTime.text(0) == "1970-01-01T00:00:00Z")
  }

  @Test func refusesHostileText() {
    #expect(UploadTime.seconds("") == nil)
    #expect(UploadTime.seconds("yesterday") == nil)
    #expect(UploadTime.seconds("2025-13-01T00:00:00Z") == nil)
    #expect(UploadTime.seconds("99999999999999999999") == nil)
  }
}
