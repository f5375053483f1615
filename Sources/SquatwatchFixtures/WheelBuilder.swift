import Foundation
import SquatwatchKit

/// Builds a `.whl` from a spec: modules, optional native module, then `.dist-info` with METADATA, WHEEL,
/// entry_points.txt, top_level.txt and a RECORD listing every member with its sha256 and size.
public enum WheelBuilder {
  /// The wheel's file name, `{name}-{version}-{tag}.whl`.
  public static func filename(for spec: DistributionSpec, tag: WheelTag = .pure) -> String {
    "\(spec.fileStem)-\(spec.version)-\(tag.description).whl"
  }

  /// Builds the wheel, with deflated members.
  public static func build(_ spec: DistributionSpec, tag: WheelTag = .pure) -> BuiltDistribution {
    let distInfo = "\(spec.fileStem)-\(spec.version).dist-info"
    var members: [(String, Data)] = spec.modules.map { ($0.path, Data($0.source.utf8)) }
    if let native = spec.nativeModule { members.append((native.path, native.bytes)) }
    let metadata = Data(spec.coreMetadata.utf8)
    members.append(("\(distInfo)/METADATA", metadata))
    let wheel = """
      Wheel-Version: 1.0
      Generator: squatwatch-fixtures
      Root-Is-Purelib: \(spec.nativeModule == nil ? "true" : "false")
      Tag: \(tag.description)

      """
    members.append(("\(distInfo)/WHEEL", Data(wheel.utf8)))
    if let entryPoints = spec.entryPointsText {
      members.append(("\(distInfo)/entry_points.txt", Data(entryPoints.utf8)))
    }
    let topLevel = spec.topLevelNames
    if !topLevel.isEmpty {
      members.append(("\(distInfo)/top_level.txt", Data(topLevel.map { "\($0)\n" }.joined().utf8)))
    }
    let recordPath = "\(distInfo)/RECORD"
    let record = members.map { "\($0.0),sha256=\(recordHash($0.1)),\($0.1.count)\n" }.joined() + "\(recordPath),,\n"
    members.append((recordPath, Data(record.utf8)))
    var writer = ZipArchiveWriter()
    for (path, data) in members { writer.add(path, data, method: path.hasSuffix(".so") ? .stored : .deflated) }
    return BuiltDistribution(
      filename: filename(for: spec, tag: tag), data: writer.archive(), packageType: .wheel,
      pythonVersion: tag.python, coreMetadata: metadata)
  }

  /// RECORD's hash form: the sha256 digest as URL-safe base64 without padding.
  static func recordHash(_ data: Data) -> String {
    let hex = Array(SHA256Digest.hex(of: data).utf8)
    var digest = Data(capacity: 32)
    for index in stride(from: 0, to: hex.count, by: 2) {
      digest.append(hexValue(hex[index]) << 4 | hexValue(hex[index + 1]))
    }
    return digest.base64EncodedString()
      .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
      .replacingOccurrences(of: "=", with: "")
  }

  private static func hexValue(_ digit: UInt8) -> UInt8 {
    digit >= UInt8(ascii: "a") ? digit - UInt8(ascii: "a") + 10 : digit - UInt8(ascii: "0")
  }
}
