import Foundation

/// Inspects distribution files (wheels, .tar.gz and .zip sdists) from as few bytes as possible.
///
/// Hostile archives are normal input: every failure becomes the inspection's `error`,
/// with whatever was learned before it, and memory, time and bytes stay within `limits`.
public struct DistributionInspector: Sendable {
  public var limits: InspectionLimits

  public init(limits: InspectionLimits = InspectionLimits()) {
    self.limits = limits
  }

  /// Inspects `file` through `source`.
  ///
  /// - Parameter coreMetadata: how much of a wheel's METADATA to read: every header field, or only what an index's
  ///   JSON API lacks. A wheel's own METADATA is compressed and lies next to the other `.dist-info` files, so its
  ///   header costs less than the PEP 658 `.metadata` file, which is never fetched.
  public func inspect(
    _ file: DistributionFile, source: any DistributionByteSource, coreMetadata: CoreMetadataNeed = .allFields
  ) -> DistributionInspection {
    var inspection = DistributionInspection(sha256: file.sha256 ?? "", filename: file.filename)
    let before = source.bytesTransferred
    do throws(SquatwatchError) {
      switch file.kind {
      case .wheel, .sdistZip:
        let zipInspection = ZipInspection(
          limits: limits, inSdist: file.kind == .sdistZip, coreMetadataNeed: coreMetadata)
        try zipInspection.run(source: source, knownSize: file.size, into: &inspection)
      case .sdistTarGz:
        try SdistStreamInspection(limits: limits).run(source: source, into: &inspection)
      case .other:
        throw SquatwatchError(.malformed, "not a wheel or sdist")
      }
    } catch {
      inspection.error = "\(error.code): \(error.message)".replacingOccurrences(of: "\n", with: " ")
    }
    inspection.bytesTransferred = source.bytesTransferred - before
    return inspection
  }
}
