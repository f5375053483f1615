/// How much of a wheel's Core Metadata (its `.dist-info/METADATA`) an inspection reads.
///
/// Only the header is ever read: the long description after it (183 KB in yt-dlp's) holds nothing the checks use.
public enum CoreMetadataNeed: Sendable {
  /// Every header field, for an index without a JSON API to give them.
  case allFields
  /// Only what the JSON API lacks: PEP 794 `Import-Name`, which only Metadata-Version 2.5 and later carry, so an
  /// older file is read no further than its first line.
  case importNames
}
