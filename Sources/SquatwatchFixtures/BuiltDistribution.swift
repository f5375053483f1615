public import Foundation

/// A distribution file's name and bytes, plus its PEP 658 `.metadata` bytes for wheels.
public struct BuiltDistribution: Sendable, Equatable {
  /// The kind of file, as the JSON API's `packagetype` names it.
  public enum PackageType: String, Sendable, Equatable {
    case sdist
    case wheel = "bdist_wheel"
  }

  public var filename: String
  public var data: Data
  public var packageType: PackageType
  /// `python_version` in the JSON API: `source` for sdists, the wheel's Python tag otherwise.
  public var pythonVersion: String
  /// The core metadata served next to the file (wheels only, as on PyPI).
  public var coreMetadata: Data?

  public init(filename: String, data: Data, packageType: PackageType, pythonVersion: String, coreMetadata: Data?) {
    self.filename = filename
    self.data = data
    self.packageType = packageType
    self.pythonVersion = pythonVersion
    self.coreMetadata = coreMetadata
  }
}
