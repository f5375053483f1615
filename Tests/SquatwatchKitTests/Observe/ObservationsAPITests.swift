import Testing

@testable import SquatwatchKit

@Suite struct ObservationsAPITests {
  @Test func buildsTheObservationsURLAndTheCacheKeyOfItsHost() throws {
    let pypi = try ObservationsAPI("https://pypi.org/")
    #expect(pypi.observationsURL(project: "reqeusts") == "https://pypi.org/danger-api/projects/reqeusts/observations")
    #expect(pypi.cacheKey == CacheLocation.key(for: try IndexURL("https://pypi.org/simple/")))
    let local = try ObservationsAPI("http://127.0.0.1:8080/proxy")
    #expect(local.observationsURL(project: "x") == "http://127.0.0.1:8080/proxy/danger-api/projects/x/observations")
    #expect(local.cacheKey == "127.0.0.1_8080")
  }

  @Test func refusesURLsThatWouldLeakTheToken() {
    for url in ["http://pypi.org", "https://user:pw@pypi.org", "https://pypi.org/?x=1", "pypi.org", "ftp://pypi.org"] {
      #expect(throws: SquatwatchError.self, "\(url)") { try ObservationsAPI(url) }
    }
  }
}
