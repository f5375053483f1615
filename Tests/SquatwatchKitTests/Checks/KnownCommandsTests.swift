import Foundation
import SquatwatchKit
import Testing

@Suite struct KnownCommandsTests {
  @Test func parsesProjectsAndSystemCommands() throws {
    let json = """
      {"projects": {"HuggingFace_Hub": {"commands": ["huggingface-cli"], "imports": ["huggingface_hub"]}},
       "system_commands": ["PIP", "git"]}
      """
    let known = try KnownCommands.parse(Data(json.utf8), source: "k.json")
    #expect(known.projects["huggingface-hub"]?.commands == ["huggingface-cli"])
    #expect(known.systemCommands == ["pip", "git"])
  }

  @Test func refusesMalformedFiles() {
    #expect(throws: SquatwatchError.self) { try KnownCommands.parse(Data("{\"projects\": []}".utf8), source: "k.json") }
    #expect(throws: SquatwatchError.self) { try KnownCommands.load(path: "/nonexistent/known-commands.json") }
  }

  @Test func theShippedMapHoldsTheWellKnownSlopsquatTargets() throws {
    let known = try KnownCommands.bundled()
    #expect(known.projects["huggingface-hub"]?.commands.contains("huggingface-cli") == true)
    #expect(known.projects["scikit-learn"]?.imports == ["sklearn"])
    #expect(known.projects["opencv-python"]?.imports == ["cv2"])
    #expect(known.projects["pillow"]?.imports == ["PIL"])
    #expect(
      known.systemCommands.isSuperset(of: ["pip", "python", "pytest", "aws", "git", "ls", "sudo", "ssh", "curl"]))
  }
}
