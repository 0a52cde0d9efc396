import Testing
@testable import CallReports

@Suite("Escaping")
struct EscapingTests {
    @Test("HTML escaping replaces the five special characters and nothing else", arguments: [
        (#"<a href="x">Tom & Jerry's</a>"#, "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"),
        ("plain — ünïcode 😀", "plain — ünïcode 😀"),
        ("&amp;", "&amp;amp;"),
        ("", ""),
    ])
    func html(_ text: String, _ expected: String) {
        #expect(HTML.escape(text) == expected)
    }

    @Test("attribute values are escaped")
    func attributes() {
        #expect(HTML.empty("rect", ["class": #"x" onload="alert(1)"#, "id": nil], selfClosing: true)
                == #"<rect class="x&quot; onload=&quot;alert(1)"/>"#)
    }

    @Test("XML escaping also drops what XML 1.0 cannot hold", arguments: [
        ("a < b & 'c' > \"d\"", "a &lt; b &amp; &#39;c&#39; &gt; &quot;d&quot;"),
        ("bell\u{07}", "bell\u{FFFD}"),
        ("tab\tand\nline", "tab\tand\nline"),
    ])
    func xml(_ text: String, _ expected: String) {
        #expect(XML.escape(text) == expected)
    }

    @Test("Markdown escaping keeps table cells whole and markup inert", arguments: [
        ("a | b", #"a \| b"#),
        ("<b>bold</b> *x* _y_", #"&lt;b&gt;bold&lt;/b&gt; \*x\* \_y\_"#),
        ("two\nlines", "two lines"),
    ])
    func markdown(_ text: String, _ expected: String) {
        #expect(Markdown.escape(text) == expected)
    }

    @Test("relative links are percent-encoded; absolute paths and URLs are never links", arguments: [
        ("calls/book-patel/call.wav", "calls/book-patel/call.wav"),
        ("calls/a b#c/call.wav", "calls/a%20b%23c/call.wav"),
        ("/etc/passwd", nil),
        ("javascript:alert(1)", nil),
        ("https://example.com/x.wav", nil),
    ])
    func relativeURL(_ path: String, _ expected: String?) {
        #expect(HTML.relativeURL(path) == expected)
    }

    @Test("call anchors are unique and URL-safe")
    func anchors() {
        let a = CallSection.anchor(index: 0, scenario: #"x"><script>"#)
        #expect(a == "call-1-x---script-")
        #expect(CallSection.anchor(index: 1, scenario: #"x"><script>"#) != a)
    }
}
