/// A server the interop tests need is not installed.
public struct InteropToolMissing: Error, CustomStringConvertible {
  public var program: String
  public var package: String
  public var searched: String
  public var description: String {
    "\(program) (\(package)) is not installed (looked in \(searched)); `make test` installs it (target interop-deps)"
  }
}
