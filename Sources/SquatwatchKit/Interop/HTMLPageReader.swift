internal import CSquatwatchShims
import Foundation

/// Reads the parts of an HTML page a simple index uses with libxml2's forgiving HTML parser, through its SAX
/// interface: no document tree is built.
///
/// Anchors are handed over as they close, so a listing costs what the caller keeps of it, not a tree (pypi.org's
/// 927,088 projects took 968 MB as a tree). Values are copied out of the callbacks and cut to 64 KiB, so nothing
/// libxml2 owns outlives `read`.
final class HTMLPageReader {
  /// One `<a>` element.
  struct Anchor {
    var href: String?
    var text: String
    /// Attribute name to value, for the `data-*` attributes the simple API defines; present-but-empty is "".
    var attributes: [String: String]
  }

  /// What the page holds besides its anchors.
  struct Page {
    /// `<meta name=… content=…>` pairs, names lowercased.
    var metas: [String: String] = [:]
    /// The first comments.
    var comments: [String] = []
    /// Whether the page has a password field or a form: a login page, not an index.
    var looksLikeLoginPage = false
  }

  private static let anchorAttributes: Set<String> = [
    "data-requires-python", "data-yanked", "data-core-metadata", "data-dist-info-metadata", "data-provenance",
    "data-gpg-sig",
  ]
  /// The elements read; all others are passed over.
  private static let elements = ["a", "meta", "form", "input"]
  /// Longest text or attribute value kept.
  private static let valueLimit = 65_536

  /// An anchor being read: its attributes, and its text so far.
  private struct OpenAnchor {
    var href: String?
    var attributes: [String: String]
    var text: [UInt8] = []
  }

  private let maxAnchors: Int
  private let anchor: (Anchor) throws(SquatwatchError) -> Void
  private var page = Page()
  private var open: [OpenAnchor] = []
  private var anchors = 0
  private var failure: SquatwatchError?

  private init(maxAnchors: Int, anchor: @escaping (Anchor) throws(SquatwatchError) -> Void) {
    self.maxAnchors = maxAnchors
    self.anchor = anchor
  }

  /// Parses `data` as UTF-8 HTML, handing each anchor to `anchor` in document order of their ends.
  ///
  /// - Throws: `tooLarge` beyond `maxAnchors` anchors, `malformed` when libxml2 cannot parse at all, whatever
  ///   `anchor` throws.
  static func read(
    _ data: Data, maxAnchors: Int, anchor: (Anchor) throws(SquatwatchError) -> Void
  ) throws(SquatwatchError) -> Page {
    guard data.count < Int32.max else { throw SquatwatchError(.tooLarge, "HTML page over 2 GiB") }
    guard !data.isEmpty else { return Page() }
    let outcome: Result<Page, SquatwatchError> = withoutActuallyEscaping(anchor) { anchor in
      let reader = HTMLPageReader(maxAnchors: maxAnchors, anchor: anchor)
      return Result { () throws(SquatwatchError) in try reader.parse(data) }
    }
    return try outcome.get()
  }

  private func parse(_ data: Data) throws(SquatwatchError) -> Page {
    var handlers = sqw_html_handlers(
      context: Unmanaged.passUnretained(self).toOpaque(),
      start_element: { context, name, attributes in
        guard let context, let name else { return 0 }
        return Unmanaged<HTMLPageReader>.fromOpaque(context).takeUnretainedValue().start(name, attributes)
      },
      end_element: { context, name in
        guard let context, let name else { return 0 }
        return Unmanaged<HTMLPageReader>.fromOpaque(context).takeUnretainedValue().end(name)
      },
      characters: { context, text, length in
        guard let context, let text, length > 0 else { return 0 }
        Unmanaged<HTMLPageReader>.fromOpaque(context).takeUnretainedValue().characters(text, Int(length))
        return 0
      },
      comment: { context, text in
        guard let context, let text else { return 0 }
        Unmanaged<HTMLPageReader>.fromOpaque(context).takeUnretainedValue().comment(text)
        return 0
      })
    let status = data.withUnsafeBytes { raw -> Int32 in
      guard let base = raw.bindMemory(to: CChar.self).baseAddress else { return -1 }
      return sqw_html_sax_parse(base, Int32(raw.count), &handlers)
    }
    if let failure { throw failure }
    guard status >= 0 else { throw SquatwatchError(.malformed, "HTML could not be parsed") }
    // Anchors the page never closed end with it.
    while !open.isEmpty {
      if finishAnchor() != 0, let failure { throw failure }
    }
    return page
  }

  private func start(_ name: UnsafePointer<CChar>, _ attributes: UnsafePointer<UnsafePointer<CChar>?>?) -> Int32 {
    // Most elements of a listing are `a` and `br`: no string is made for a name that is none of these.
    guard let element = Self.elements.first(where: { strcmp(name, $0) == 0 }) else { return 0 }
    switch element {
    case "a":
      guard anchors < maxAnchors else {
        failure = SquatwatchError(.tooLarge, "more than \(maxAnchors) links on one page")
        return 1
      }
      anchors += 1
      var opened = OpenAnchor(href: nil, attributes: [:])
      Self.forEachAttribute(attributes) { name, value in
        if name == "href" {
          opened.href = opened.href ?? value ?? ""
        } else if Self.anchorAttributes.contains(name), opened.attributes[name] == nil {
          opened.attributes[name] = value ?? ""
        }
      }
      open.append(opened)
    case "meta":
      var name: String?
      var content: String?
      Self.forEachAttribute(attributes) { attribute, value in
        if attribute == "name" { name = name ?? value }
        if attribute == "content" { content = content ?? value }
      }
      if let name, page.metas.count < 64 { page.metas[name.lowercased()] = content ?? "" }
    case "form":
      page.looksLikeLoginPage = true
    case "input":
      var type: String?
      Self.forEachAttribute(attributes) { attribute, value in
        if attribute == "type" { type = type ?? value }
      }
      if type?.lowercased() == "password" { page.looksLikeLoginPage = true }
    default:
      break
    }
    return 0
  }

  private func end(_ name: UnsafePointer<CChar>) -> Int32 {
    guard !open.isEmpty, strcmp(name, "a") == 0 else { return 0 }
    return finishAnchor()
  }

  /// Hands the innermost open anchor over; nonzero when the handler failed, which stops the parse.
  private func finishAnchor() -> Int32 {
    let finished = open.removeLast()
    do {
      try anchor(
        Anchor(
          href: finished.href, text: String(decoding: finished.text, as: UTF8.self), attributes: finished.attributes))
      return 0
    } catch {
      failure = error
      return 1
    }
  }

  /// Text belongs to every anchor it lies inside, as a tree's text content would.
  private func characters(_ text: UnsafePointer<CChar>, _ length: Int) {
    guard !open.isEmpty else { return }
    let bytes = UnsafeRawBufferPointer(start: text, count: length)
    for index in open.indices where open[index].text.count < Self.valueLimit {
      open[index].text.append(contentsOf: bytes.prefix(Self.valueLimit - open[index].text.count))
    }
  }

  private func comment(_ text: UnsafePointer<CChar>) {
    guard page.comments.count < 16 else { return }
    page.comments.append(Self.string(text))
  }

  /// Calls `body` with each attribute's lowercased name and value (nil for an attribute without one).
  private static func forEachAttribute(
    _ attributes: UnsafePointer<UnsafePointer<CChar>?>?, _ body: (String, String?) -> Void
  ) {
    guard var cursor = attributes else { return }
    while let name = cursor[0] {
      body(String(cString: name).lowercased(), cursor[1].map(string))
      cursor += 2
    }
  }

  /// A C string copied and cut to 64 KiB.
  private static func string(_ pointer: UnsafePointer<CChar>) -> String {
    pointer.withMemoryRebound(to: UInt8.self, capacity: 1) {
      String(decoding: UnsafeBufferPointer(start: $0, count: strnlen(pointer, valueLimit)), as: UTF8.self)
    }
  }
}

@available(*, unavailable)
extension HTMLPageReader: Sendable {}
