import Foundation
import SquatwatchKit
import Testing

@Suite struct PopularityListTests {
  @Test func readsTheHugovkJSONFormAndNormalizesNames() throws {
    let json = """
      {"last_update": "2025-07-01", "rows": [
        {"download_count": 900, "project": "Requests"},
        {"download_count": 1200, "project": "boto3"},
        {"download_count": 5, "project": "zope.interface"}]}
      """
    let list = try PopularityList.parse(Data(json.utf8), source: "top.json")
    #expect(list.entries.map(\.project) == ["boto3", "requests", "zope-interface"])
    #expect(list.entries.first?.downloads == 1200)
    #expect(list.rejectedRows == 0)
  }

  @Test func countsBadRowsInsteadOfFailing() throws {
    let json = """
      {"rows": [{"download_count": 10, "project": "good"}, {"project": "no-count"},
        {"download_count": -3, "project": "negative"}, {"download_count": 7, "project": "../etc"}, 42]}
      """
    let list = try PopularityList.parse(Data(json.utf8), source: "top.json")
    #expect(list.entries.map(\.project) == ["good"])
    #expect(list.rejectedRows == 4)
  }

  @Test func readsCSVInEitherColumnOrderWithQuotes() throws {
    let csv =
      "download_count,project\n1398772880,\"boto3\"\n833449934,urllib3\nnot-a-number,bad\n\n12,\"Flask_SQLAlchemy\"\n"
    let list = try PopularityList.parse(Data(csv.utf8), source: "top.csv")
    #expect(list.entries.map(\.project) == ["boto3", "urllib3", "flask-sqlalchemy"])
    #expect(list.rejectedRows == 1)
    let swapped = try PopularityList.parse(Data("project,download_count\nnumpy,99\n".utf8), source: "swapped.csv")
    #expect(swapped.entries == [PopularityList.Entry(project: "numpy", downloads: 99)])
  }

  @Test func refusesFilesThatAreNeitherForm() {
    #expect(throws: SquatwatchError.self) { try PopularityList.parse(Data("name,count\nx,1\n".utf8), source: "x.csv") }
    #expect(throws: SquatwatchError.self) { try PopularityList.parse(Data("{\"rows\": 3}".utf8), source: "x.json") }
    #expect(throws: SquatwatchError.self) { try PopularityList.parse(Data("{broken".utf8), source: "x.json") }
  }

  @Test func keepsTheHighestCountForDuplicateNames() {
    let list = PopularityList(entries: [.init(project: "a-b", downloads: 3), .init(project: "a-b", downloads: 9)])
    #expect(list.entries == [PopularityList.Entry(project: "a-b", downloads: 9)])
  }
}
