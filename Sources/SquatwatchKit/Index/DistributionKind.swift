/// The format of a distribution file, judged from its name.
public enum DistributionKind: String, Codable, Sendable {
  case wheel
  case sdistTarGz = "sdist-tar-gz"
  case sdistZip = "sdist-zip"
  case other

  /// Classifies a file name by its extension.
  public init(filename: String) {
    let lower = filename.lowercased()
    if lower.hasSuffix(".whl") {
      self = .wheel
    } else if lower.hasSuffix(".tar.gz") || lower.hasSuffix(".tgz") {
      self = .sdistTarGz
    } else if lower.hasSuffix(".zip") {
      self = .sdistZip
    } else {
      self = .other
    }
  }
}
