public import Foundation

/// Serves a bandersnatch mirror straight from disk, answering requests the way the mirror's nginx would.
///
/// The crawler runs unchanged above it: `/simple/…` maps to `web/simple/…`
/// with content negotiation on `Accept`, `/pypi/<name>/json` to
/// `web/pypi/<name>/json`, anything else to `web/<path>`. ETags come from
/// file size and modification time, so re-runs revalidate offline; byte
/// ranges are honoured for the inspector.
public struct MirrorDirectoryTransport: Transport, TransportFactory {
  /// The origin the crawler uses for a mirror; it never reaches the network.
  public static let origin = "http://mirror.invalid"

  private let web: URL

  /// Serves the mirror rooted at `directory` (the folder holding `web/`).
  ///
  /// - Throws: `usage` when `directory/web/simple` does not exist.
  public init(directory: URL) throws(SquatwatchError) {
    web = directory.appendingPathComponent("web", isDirectory: true).standardizedFileURL
    var isDirectory: ObjCBool = false
    let simple = web.appendingPathComponent("simple").path
    guard FileManager.default.fileExists(atPath: simple, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw SquatwatchError(
        .usage, "\(directory.path) is not a bandersnatch mirror: \(simple) is missing (pass the folder holding web/)")
    }
  }

  public func makeTransport() -> any Transport { self }

  public func send(_ request: HTTPRequest) throws(SquatwatchError) -> HTTPResponse {
    guard request.url.hasPrefix(Self.origin + "/"), let components = URLComponents(string: request.url) else {
      return HTTPResponse(status: 404)
    }
    let segments = components.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    guard !segments.contains(where: { $0 == ".." || $0 == "." || $0.contains("\0") }) else {
      return HTTPResponse(status: 404)
    }
    let accept = request.headers.first { $0.name.lowercased() == "accept" }?.value ?? ""
    guard let (file, mediaType) = resolve(segments, accept: accept) else { return HTTPResponse(status: 404) }
    return try serve(file, mediaType: mediaType, request: request)
  }

  private func resolve(_ segments: [String], accept: String) -> (URL, String)? {
    var directory = web
    for segment in segments { directory.appendPathComponent(segment) }
    if segments.first == "simple" {
      if accept.contains(SimpleIndexParser.jsonMediaType) {
        let json = directory.appendingPathComponent("index.v1_json")
        if FileManager.default.fileExists(atPath: json.path) { return (json, SimpleIndexParser.jsonMediaType) }
      }
      return (directory.appendingPathComponent("index.html"), "text/html")
    }
    if segments.first == "pypi" { return (directory, "application/json") }
    return (directory, "application/octet-stream")
  }

  private func serve(_ file: URL, mediaType: String, request: HTTPRequest) throws(SquatwatchError) -> HTTPResponse {
    guard file.standardizedFileURL.path.hasPrefix(web.path + "/"),
      let attributes = try? FileManager.default.attributesOfItem(atPath: file.path),
      (attributes[.type] as? FileAttributeType) == .typeRegular,
      let size = (attributes[.size] as? NSNumber)?.intValue
    else { return HTTPResponse(status: 404) }
    let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    let etag = "\"\(String(Int(modified * 1000), radix: 16))-\(String(size, radix: 16))\""
    var headers = ["content-type": mediaType, "etag": etag, "accept-ranges": "bytes"]
    if request.headers.contains(where: { $0.name.lowercased() == "if-none-match" && $0.value == etag }) {
      return HTTPResponse(status: 304, headers: headers)
    }
    guard let handle = try? FileHandle(forReadingFrom: file) else { return HTTPResponse(status: 403) }
    defer { try? handle.close() }
    var status = 200
    var start = 0
    var end = size
    if let range = request.range, let (first, last) = Self.parse(range: range, size: size) {
      (start, end) = (first, last)
      status = 206
      headers["content-range"] = "bytes \(first)-\(last - 1)/\(size)"
    }
    do {
      try handle.seek(toOffset: UInt64(start))
      var body = Data()
      var offset = start
      while offset < end {
        let chunk = try handle.read(upToCount: min(256 * 1024, end - offset)) ?? Data()
        if chunk.isEmpty { break }
        offset += chunk.count
        if let stream = request.stream {
          if !stream(chunk) {
            return HTTPResponse(status: status, headers: headers, bytesReceived: offset - start, stoppedEarly: true)
          }
        } else {
          body.append(chunk)
        }
        if offset - start > request.bodyLimit {
          throw SquatwatchError(.tooLarge, "body exceeds the \(request.bodyLimit)-byte limit")
        }
      }
      return HTTPResponse(status: status, headers: headers, body: body, bytesReceived: offset - start)
    } catch let error as SquatwatchError {
      throw error
    } catch {
      throw SquatwatchError(
        .transport, "cannot read \(file.lastPathComponent) from the mirror", cause: ErrorSummary(error))
    }
  }

  /// Parses `a-b`, `a-` or `-n` into a half-open byte range within `size`.
  private static func parse(range: String, size: Int) -> (Int, Int)? {
    let parts = range.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
    guard parts.count == 2, size > 0 else { return nil }
    if parts[0].isEmpty, let suffix = Int(parts[1]), suffix > 0 { return (max(0, size - suffix), size) }
    guard let first = Int(parts[0]), first < size else { return nil }
    let last = parts[1].isEmpty ? size - 1 : min(size - 1, Int(parts[1]) ?? size - 1)
    return last >= first ? (first, last + 1) : nil
  }
}
