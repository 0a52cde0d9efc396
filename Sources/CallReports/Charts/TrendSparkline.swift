/// A small line chart of one metric over past runs, as inline SVG; each point's tooltip
/// names its run.
enum TrendSparkline {
    /// One run's value.
    struct Point {
        var run: String
        var value: Double?
    }

    /// The sparkline; `format` writes a value for the tooltips and the end label.
    static func svg(_ points: [Point], label: String, format: (Double) -> String) -> String {
        let values = points.compactMap(\.value)
        guard let low = values.min(), let high = values.max() else { return "" }
        let width = 300.0, height = 64.0, left = 6.0, right = 234.0, top = 8.0, bottom = 56.0
        let span = high - low
        func x(_ index: Int) -> Double { points.count == 1 ? (left + right) / 2 : left + Double(index) / Double(points.count - 1) * (right - left) }
        func y(_ value: Double) -> Double { span == 0 ? (top + bottom) / 2 : bottom - (value - low) / span * (bottom - top) }
        var parts: [String] = []
        var segment: [(x: Double, y: Double)] = []
        for (index, point) in points.enumerated() {
            if let value = point.value {
                segment.append((x(index), y(value)))
            } else if !segment.isEmpty {
                parts.append(SVG.polyline(segment, class: "spark"))
                segment = []
            }
        }
        if !segment.isEmpty { parts.append(SVG.polyline(segment, class: "spark")) }
        for (index, point) in points.enumerated() {
            guard let value = point.value else { continue }
            parts.append(SVG.dot(x: x(index), y: y(value), radius: index == points.count - 1 ? 3.5 : 2.5,
                                 class: index == points.count - 1 ? "spark-dot last" : "spark-dot", tooltip: "\(point.run): \(format(value))"))
        }
        if let last = points.last?.value {
            parts.append(SVG.text(format(last), x: right + 10, y: y(last) + 4, class: "tick"))
        }
        return SVG.document(width: width, height: height, label: label, class: "chart spark-chart", parts.joined(separator: "\n"))
    }
}
