import Testing

@testable import SquatwatchKit

@Suite struct EditDistanceTests {
  private func distance(_ a: String, _ b: String, limit: Int = 3) -> Int? {
    EditDistance.optimalStringAlignment(Array(a.utf8), Array(b.utf8), limit: limit)
  }

  @Test func countsASwapOfNeighboursAsOneSlip() {
    #expect(distance("reqeusts", "requests") == 1)
    #expect(distance("requests", "requests") == 0)
    #expect(distance("reqeustss", "requests") == 2)
    #expect(distance("", "pip") == 3)
  }

  @Test func givesUpBeyondTheLimit() {
    #expect(distance("numpy", "pandas", limit: 2) == nil)
    #expect(distance("tensorflow", "tf", limit: 2) == nil)
    #expect(distance("kitten", "sitting", limit: 3) == 3)
  }
}
