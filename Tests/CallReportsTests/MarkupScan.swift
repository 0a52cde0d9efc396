import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A well-formed XML (or XHTML-style HTML) document read into its elements, each with
/// its attributes and its whole text content, entities decoded.
final class MarkupScan: NSObject, XMLParserDelegate {
    /// One element.
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
    }

    /// Every element, in the order they close.
    private(set) var elements: [Element] = []
    private var open: [Element] = []
    private var failure: String?

    /// Parses `text`; throws when it is not well-formed.
    init(_ text: String) throws {
        super.init()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = self
        if !parser.parse() || failure != nil {
            throw ScanError(message: failure ?? parser.parserError.map { "\($0)" } ?? "not well-formed (line \(parser.lineNumber))")
        }
    }

    struct ScanError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    /// The elements named `name`.
    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        open.append(Element(name: elementName, attributes: attributes, text: ""))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !open.isEmpty else { return }
        open[open.count - 1].text += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard let element = open.popLast(), element.name == elementName else {
            failure = "</\(elementName)> closes nothing open at line \(parser.lineNumber)"
            return
        }
        elements.append(element)
        if !open.isEmpty { open[open.count - 1].text += element.text }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        failure = "not well-formed at line \(parser.lineNumber): \(parseError)"
    }
}
