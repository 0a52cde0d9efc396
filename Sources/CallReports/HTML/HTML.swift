/// HTML text and element helpers: everything that is not markup goes through `escape`,
/// attribute values included.
enum HTML {
    /// `text` safe in element content and in quoted attribute values (the page is also
    /// well-formed XML, so the XML escaping serves both).
    static func escape(_ text: String) -> String { XML.escape(text) }

    /// ` name="value"` for every attribute with a value, escaped, in the given order.
    static func attributes(_ attributes: KeyValuePairs<String, String?>) -> String {
        var rendered = ""
        for (name, value) in attributes {
            guard let value else { continue }
            rendered += " \(name)=\"\(escape(value))\""
        }
        return rendered
    }

    /// An element around `content`, which is already markup.
    static func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ content: String) -> String {
        "<\(name)\(self.attributes(attributes))>\(content)</\(name)>"
    }

    /// An element around escaped `text`.
    static func text(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ text: String) -> String {
        element(name, attributes, escape(text))
    }

    /// An element with no content: `<name …>` in HTML, `<name …/>` in SVG.
    static func empty(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], selfClosing: Bool = false) -> String {
        "<\(name)\(self.attributes(attributes))\(selfClosing ? "/" : "")>"
    }

    /// A table row of cells that are already markup; `header` makes them `th`.
    static func row(_ cells: [String], header: Bool = false, class rowClass: String? = nil) -> String {
        element("tr", ["class": rowClass], cells.map { element(header ? "th" : "td", [:], $0) }.joined())
    }

    /// A table with a header row and body rows, all cells already markup.
    static func table(head: [String], rows: [String], class tableClass: String? = nil) -> String {
        element("table", ["class": tableClass],
                element("thead", [:], row(head, header: true)) + element("tbody", [:], rows.joined(separator: "\n")))
    }

    /// A relative link target for a file path: each path component percent-encoded; nil
    /// for absolute paths and anything with a URL scheme, which the page never links.
    static func relativeURL(_ path: String) -> String? {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.hasPrefix("\\") else { return nil }
        if let colon = path.firstIndex(of: ":"), !path[..<colon].contains("/") { return nil }
        return path.split(separator: "/", omittingEmptySubsequences: false).map { component in
            var encoded = ""
            for byte in component.utf8 {
                let c = Character(Unicode.Scalar(byte))
                if byte < 0x80 && (c.isLetter || c.isNumber || "-._~".contains(c)) {
                    encoded.append(c)
                } else {
                    encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2, with: "0")
                }
            }
            return encoded
        }.joined(separator: "/")
    }
}
