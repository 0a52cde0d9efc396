import Foundation

/// Inline SVG element helpers; coordinates are written with one decimal, text and
/// tooltips are escaped.
enum SVG {
    /// The SVG namespace, the page's only URL.
    static let namespace = "http://www.w3.org/2000/svg"

    /// An `<svg>` of the given size around `content`, labelled for screen readers.
    static func document(width: Double, height: Double, label: String, class svgClass: String = "chart", _ content: String) -> String {
        HTML.element("svg", ["xmlns": namespace, "class": svgClass, "width": number(width), "height": number(height),
                             "viewBox": "0 0 \(number(width)) \(number(height))", "role": "img", "aria-label": label],
                     "\n" + content + "\n")
    }

    /// A coordinate or length: one decimal, no trailing `.0`.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    /// A `<title>` tooltip, escaped.
    static func title(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "" }
        return HTML.text("title", [:], text)
    }

    /// A rectangle, with an optional tooltip.
    static func rect(x: Double, y: Double, width: Double, height: Double, class rectClass: String?, tooltip: String? = nil) -> String {
        let attributes: KeyValuePairs<String, String?> = ["x": number(x), "y": number(y), "width": number(max(width, 0)),
                                                           "height": number(max(height, 0)), "class": rectClass]
        guard let tooltip, !tooltip.isEmpty else { return HTML.empty("rect", attributes, selfClosing: true) }
        return HTML.element("rect", attributes, title(tooltip))
    }

    /// A straight line, with an optional tooltip.
    static func line(x1: Double, y1: Double, x2: Double, y2: Double, class lineClass: String?, tooltip: String? = nil) -> String {
        let attributes: KeyValuePairs<String, String?> = ["x1": number(x1), "y1": number(y1), "x2": number(x2), "y2": number(y2),
                                                           "class": lineClass]
        guard let tooltip, !tooltip.isEmpty else { return HTML.empty("line", attributes, selfClosing: true) }
        return HTML.element("line", attributes, title(tooltip))
    }

    /// Text at a point; `anchor` is `start`, `middle` or `end`.
    static func text(_ string: String, x: Double, y: Double, anchor: String = "start", class textClass: String? = nil) -> String {
        HTML.text("text", ["x": number(x), "y": number(y), "text-anchor": anchor == "start" ? nil : anchor, "class": textClass], string)
    }

    /// Text turned a quarter to the left about its point, for a vertical axis title.
    static func verticalText(_ string: String, x: Double, y: Double, class textClass: String? = nil) -> String {
        HTML.text("text", ["x": number(x), "y": number(y), "text-anchor": "middle", "class": textClass,
                           "transform": "rotate(-90 \(number(x)) \(number(y)))"], string)
    }

    /// A polyline through `points`.
    static func polyline(_ points: [(x: Double, y: Double)], class lineClass: String) -> String {
        HTML.empty("polyline", ["points": points.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " "), "class": lineClass],
                   selfClosing: true)
    }

    /// A small circle, with an optional tooltip.
    static func dot(x: Double, y: Double, radius: Double = 3, class dotClass: String, tooltip: String? = nil) -> String {
        let attributes: KeyValuePairs<String, String?> = ["cx": number(x), "cy": number(y), "r": number(radius), "class": dotClass]
        guard let tooltip, !tooltip.isEmpty else { return HTML.empty("circle", attributes, selfClosing: true) }
        return HTML.element("circle", attributes, title(tooltip))
    }

    /// A group around `content`, with an optional class and tooltip.
    static func group(class groupClass: String? = nil, tooltip: String? = nil, _ content: String) -> String {
        HTML.element("g", ["class": groupClass], title(tooltip) + content)
    }
}
