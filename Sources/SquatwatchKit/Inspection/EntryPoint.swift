/// A console or GUI script: the command a distribution installs and what it runs.
public struct EntryPoint: Codable, Hashable, Sendable {
  /// The command name, for example `huggingface-cli`.
  public var name: String
  /// The object reference, for example `huggingface_hub.commands.huggingface_cli:main`.
  public var target: String

  public init(name: String, target: String) {
    self.name = name
    self.target = target
  }
}
