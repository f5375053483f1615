import SquatwatchKit
import Testing

@Suite struct ProjectNameTests {
  @Test func normalizesCaseAndSeparatorRuns() {
    #expect(ProjectName.normalize("Foo.Bar__baz-_-Qux") == "foo-bar-baz-qux")
    #expect(ProjectName.normalize("zope.interface") == "zope-interface")
  }

  @Test func refusesNamesThatCouldEscapeAPath() {
    #expect(ProjectName.isValid("requests"))
    #expect(ProjectName.isValid("a"))
    #expect(!ProjectName.isValid("../etc/passwd"))
    #expect(!ProjectName.isValid("/abs"))
    #expect(!ProjectName.isValid("nul\u{0}byte"))
    #expect(!ProjectName.isValid("réquests"))
    #expect(!ProjectName.isValid(String(repeating: "a", count: 201)))
    #expect(!ProjectName.isValid("-leading"))
  }
}
