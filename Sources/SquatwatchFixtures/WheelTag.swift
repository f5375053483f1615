/// A wheel's compatibility tag triple, `{python}-{abi}-{platform}`.
public struct WheelTag: Sendable, Hashable {
  public var python: String
  public var abi: String
  public var platform: String

  public init(python: String, abi: String, platform: String) {
    self.python = python
    self.abi = abi
    self.platform = platform
  }

  /// A pure-Python wheel, `py3-none-any`.
  public static let pure = WheelTag(python: "py3", abi: "none", platform: "any")

  /// A CPython 3.12 Linux wheel, for projects with a native module.
  public static let cpython312Linux = WheelTag(python: "cp312", abi: "cp312", platform: "manylinux_2_17_x86_64")

  public var description: String { "\(python)-\(abi)-\(platform)" }
}
