import Foundation
import Testing

@testable import SquatwatchKit

@Suite struct HTMLPageReaderTests {
  private func read(
    _ html: String, maxAnchors: Int = 100
  ) throws(SquatwatchError) -> ([HTMLPageReader.Anchor], HTMLPageReader.Page) {
    var anchors: [HTMLPageReader.Anchor] = []
    let page = try HTMLPageReader.read(Data(html.utf8), maxAnchors: maxAnchors) { anchors.append($0) }
    return (anchors, page)
  }

  @Test func readsAnchorsWithTheirTextAttributesAndEntities() throws {
    let (anchors, page) = try read(
      #"<html><head><META NAME="Pypi:Repository-Version" content="1.1"></head><body><!--SERIAL 7-->"#
        + #"<A HREF="a/" data-yanked>a &amp; <b>b</b></A><a href="c/" data-requires-python="&gt;=3">c</a>"#)
    #expect(anchors.map(\.href) == ["a/", "c/"])
    #expect(anchors.map(\.text) == ["a & b", "c"])
    #expect(anchors[0].attributes == ["data-yanked": ""])
    #expect(anchors[1].attributes == ["data-requires-python": ">=3"])
    #expect(page.metas == ["pypi:repository-version": "1.1"])
    #expect(page.comments == ["SERIAL 7"])
    #expect(!page.looksLikeLoginPage)
  }

  @Test func endsAnchorsThePageNeverCloses() throws {
    let (anchors, _) = try read(#"<a href="x/">x<a href="y/">y"#)
    #expect(anchors.compactMap(\.href).sorted() == ["x/", "y/"])
  }

  @Test func stopsAtTheAnchorLimitAndWhenTheHandlerFails() {
    #expect(throws: SquatwatchError.self) { try read(#"<a href="1">1</a><a href="2">2</a>"#, maxAnchors: 1) }
    var seen = 0
    #expect(throws: SquatwatchError.self) {
      _ = try HTMLPageReader.read(Data(#"<a href="1">1</a><a href="2">2</a>"#.utf8), maxAnchors: 10) {
        (_: HTMLPageReader.Anchor) throws(SquatwatchError) in
        seen += 1
        throw SquatwatchError(.malformed, "enough")
      }
    }
    #expect(seen == 1)
  }

  @Test func readsUTF8WhateverTheMetaCharsetSays() throws {
    let (anchors, _) = try read(#"<meta charset="iso-8859-1"><a href="x/">café</a>"#)
    #expect(anchors.first?.text == "café")
  }
}
