import Testing

@testable import SquatwatchKit

@Suite struct TopLevelNamesTests {
  @Test func readsTopLevelFile() {
    #expect(TopLevelNames.fromTopLevelFile("demo\n_demo_c\n\ndemo\ntests\n") == ["demo", "_demo_c"])
  }

  @Test func derivesNamesFromPathsSkippingMetadataAndTests() {
    let paths = [
      "demo/__init__.py", "demo/core.py", "helper.py", "_speedups.cpython-312-x86_64-linux-gnu.so",
      "demo-1.0.dist-info/METADATA", "demo-1.0.data/scripts/run", "tests/test_demo.py", "__pycache__/x.pyc",
      "README.md", "data/file.txt",
    ]
    #expect(TopLevelNames.fromPaths(paths) == ["demo", "helper", "_speedups"])
  }
}
