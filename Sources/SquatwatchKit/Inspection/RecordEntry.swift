/// One row of a wheel's RECORD file: a path, its hash and its size.
struct RecordEntry: Hashable, Sendable {
  var path: String
  var hash: String
  var size: Int?
}
