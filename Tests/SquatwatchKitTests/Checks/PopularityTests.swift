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

  @Test func onlyDependentsWithTheirOwnHistoryUnderOtherAccountsAreIndependent() {
    // A burst of fresh projects, or the owner's own projects, requiring a name make it no more trustworthy.
    let records = [
      RecordFactory.record("new-lib", owners: ["maker"]),
      RecordFactory.established("old-app", owners: ["someone-else"], requires: ["new-lib"]),
      RecordFactory.established("makers-app", owners: ["maker"], requires: ["new-lib"]),
      RecordFactory.record("fresh-app", owners: ["third"], requires: ["new-lib"]),
    ]
    let standing = Popularity.derive(from: records).standings["new-lib"]
    #expect(standing?.dependents == 3)
    #expect(standing?.independentDependents == 1)
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
