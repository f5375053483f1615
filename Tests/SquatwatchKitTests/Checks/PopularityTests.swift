import SquatwatchKit
import Testing

@Suite struct PopularityTests {
  @Test func countsDistinctDependentsFromLatestRequirements() {
    let records = [
      RecordFactory.established("core-lib", owners: ["a"]),
      RecordFactory.record("app-one", requires: ["Core_Lib>=1.0", "core-lib[extra]; python_version>'3.8'"]),
      RecordFactory.record("app-two", requires: ["core-lib (>=2)"]),
      RecordFactory.record("app-three", requires: ["other"]),
    ]
    let popularity = Popularity.derive(from: records)
    #expect(popularity.standings["core-lib"]?.dependents == 2)
    #expect(popularity.standings["core-lib"]?.established == true)
    #expect(popularity.standings["core-lib"]?.dependentsRank == 1)
    #expect(popularity.standings["app-one"] == nil)
    #expect(!popularity.hasDownloadCounts)
  }

  @Test func mergesDownloadRanksFromAList() {
    let merged = Popularity.derive(from: [RecordFactory.established("core-lib", owners: ["a"])])
      .merging(RecordFactory.popular(["numpy", "core-lib"]))
    #expect(merged.standings["numpy"]?.downloadRank == 1)
    #expect(merged.standings["core-lib"]?.downloadRank == 2)
    #expect(merged.standings["core-lib"]?.established == true)
    #expect(merged.hasDownloadCounts)
  }
}
