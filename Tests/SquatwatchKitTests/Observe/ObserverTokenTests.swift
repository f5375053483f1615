import Foundation
import SquatwatchTestSupport
import Testing

@testable import SquatwatchKit

@Suite struct ObserverTokenTests {
  @Test func readsTheFileBeforeTheEnvironmentAndNeverPrintsTheToken() throws {
    let work = try TemporaryDirectory(prefix: "token")
    let file = work.url.appendingPathComponent("token")
    try Data("  pypi-from-file\n".utf8).write(to: file)
    let environment = [ObserverToken.environmentVariable: "pypi-from-env"]
    let fromFile = try ObserverToken.load(file: file.path, environment: environment)
    #expect(fromFile.authorization == "Bearer pypi-from-file")
    #expect(try ObserverToken.load(file: nil, environment: environment).authorization == "Bearer pypi-from-env")
    #expect("\(fromFile)" == "<token redacted>" && String(reflecting: fromFile) == "<token redacted>")
    #expect(fromFile.redacting("echo pypi-from-file") == "echo <token>")
  }

  @Test func refusesAMissingEmptyOrMultiLineToken() throws {
    let work = try TemporaryDirectory(prefix: "token")
    let file = work.url.appendingPathComponent("token")
    try Data("pypi-one\npypi-two\n".utf8).write(to: file)
    for (path, environment) in [(nil, [:]), (nil, [ObserverToken.environmentVariable: " "]), (file.path, [:])] {
      #expect(throws: SquatwatchError.self) { try ObserverToken.load(file: path, environment: environment) }
    }
  }
}
