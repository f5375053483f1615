import SquatwatchKit
import Testing

@Suite struct IndexURLTests {
  @Test func splitsCredentialsFromTheURLAndNeverShowsThem() throws {
    let index = try IndexURL("https://alice:s3cr%40t@Repo.Example.com:8443/simple")
    #expect(index.credentials == IndexCredentials(username: "alice", password: "s3cr@t"))
    #expect(index.redacted == "https://Repo.Example.com:8443/simple/")
    #expect(!index.redacted.contains("s3cr"))
    #expect("\(index.credentials.map { "\($0)" } ?? "")" == "<credentials redacted>")
    #expect(index.projectPage("demo") == "https://Repo.Example.com:8443/simple/demo/")
    #expect(index.jsonAPI("demo") == "https://Repo.Example.com:8443/pypi/demo/json")
  }

  @Test func judgesOriginsForCredentialsAndRedirects() throws {
    let index = try IndexURL("https://repo.example.com/simple/")
    #expect(index.isSameOrigin("https://REPO.example.com/simple/x/"))
    #expect(!index.isSameOrigin("https://pypi.org/simple/x/"))
    #expect(!index.isSameOrigin("http://repo.example.com/simple/x/"))
    #expect(!index.isSameOrigin("https://repo.example.com:444/simple/x/"))
  }

  @Test func refusesURLsThatAreNotHTTP() {
    #expect(throws: SquatwatchError.self) { try IndexURL("file:///etc/passwd") }
    #expect(throws: SquatwatchError.self) { try IndexURL("not a url") }
  }

  @Test func derivesDevpiJSONBase() throws {
    let index = try IndexURL("http://127.0.0.1:3141/root/pypi/+simple/")
    #expect(index.jsonAPI("x") == "http://127.0.0.1:3141/root/pypi/pypi/x/json")
  }
}
