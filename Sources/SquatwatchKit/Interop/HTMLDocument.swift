internal import CSquatwatchShims
import Foundation

/// The parts of an HTML page a simple index uses, read with libxml2's forgiving HTML parser.
///
/// The tree is walked iteratively (deeply nested hostile pages cannot exhaust
/// the stack) and freed before `init` returns, so no libxml2 pointer escapes.
struct HTMLDocument {
  /// One `<a>` element.
  struct Anchor {
    var href: String?
    var text: String
    /// Attribute name to value, for the `data-*` attributes the simple API defines; present-but-empty is "".
    var attributes: [String: String]
  }

  private(set) var anchors: [Anchor] = []
  /// `<meta name=… content=…>` pairs.
  private(set) var metas: [String: String] = [:]
  private(set) var comments: [String] = []
  /// Whether the page has a password field or a form: a login page, not an index.
  private(set) var looksLikeLoginPage = false

  private static let anchorAttributes = [
    "data-requires-python", "data-yanked", "data-core-metadata", "data-dist-info-metadata", "data-provenance",
    "data-gpg-sig",
  ]

  /// Parses `data` as UTF-8 HTML.
  ///
  /// - Parameter maxAnchors: anchors beyond this count make the parse fail with `tooLarge`.
  init(_ data: Data, maxAnchors: Int) throws(SquatwatchError) {
    guard data.count < Int32.max else { throw SquatwatchError(.tooLarge, "HTML page over 2 GiB") }
    let document: OpaquePointer? = data.withUnsafeBytes { raw in
      guard let base = raw.bindMemory(to: CChar.self).baseAddress else { return nil }
      return sqw_html_read(base, Int32(raw.count), "UTF-8")
    }
    guard let document else {
      if data.isEmpty { return }
      throw SquatwatchError(.malformed, "HTML could not be parsed")
    }
    defer { sqw_xml_free_doc(document) }
    guard let root = sqw_xml_root(document) else { return }
    var stack: [OpaquePointer] = [root]
    while let node = stack.popLast() {
      switch sqw_xml_kind(node) {
      case 1:
        try visitElement(node, maxAnchors: maxAnchors)
        if let child = sqw_xml_first_child(node) { stack.append(child) }
      case 2:
        if comments.count < 16, let text = Self.take(sqw_xml_content(node)) { comments.append(text) }
      default:
        break
      }
      if let next = sqw_xml_next(node) { stack.append(next) }
    }
  }

  private mutating func visitElement(_ node: OpaquePointer, maxAnchors: Int) throws(SquatwatchError) {
    guard let rawName = sqw_xml_name(node) else { return }
    switch String(cString: rawName) {
    case "a":
      guard anchors.count < maxAnchors else {
        throw SquatwatchError(.tooLarge, "more than \(maxAnchors) links on one page")
      }
      var attributes: [String: String] = [:]
      for name in Self.anchorAttributes where sqw_xml_has_prop(node, name) != 0 {
        attributes[name] = Self.take(sqw_xml_get_prop(node, name)) ?? ""
      }
      anchors.append(
        Anchor(
          href: Self.take(sqw_xml_get_prop(node, "href")), text: Self.take(sqw_xml_content(node)) ?? "",
          attributes: attributes))
    case "meta":
      if let name = Self.take(sqw_xml_get_prop(node, "name")), metas.count < 64 {
        metas[name.lowercased()] = Self.take(sqw_xml_get_prop(node, "content")) ?? ""
      }
    case "form":
      looksLikeLoginPage = true
    case "input":
      if Self.take(sqw_xml_get_prop(node, "type"))?.lowercased() == "password" { looksLikeLoginPage = true }
    default:
      break
    }
  }

  /// Copies and frees a libxml2-owned string; long values are cut to bound memory.
  private static func take(_ pointer: UnsafeMutablePointer<CChar>?) -> String? {
    guard let pointer else { return nil }
    defer { sqw_xml_free(pointer) }
    let length = strnlen(pointer, 65536)
    return String(decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self)
  }
}
