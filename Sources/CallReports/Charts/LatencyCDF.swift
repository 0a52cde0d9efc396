/// The empirical cumulative distribution of latency samples as inline SVG, with P50 and
/// P95 markers.
enum LatencyCDF {
    /// The chart for `samples` (ms); P50 and P95 are the report's own values.
    static func svg(_ samples: [Double], p50: Double?, p95: Double?, title: String) -> String {
        let sorted = samples.sorted()
        guard let low = sorted.first, let high = sorted.last else { return "" }
        let width = 620.0, height = 280.0
        let frame = ChartFrame(width: width, height: height, margins: (56, 16, 14, 40),
                               xRange: (low, max(high, low + 1)), yRange: (0, 1))
        var parts = [frame.axes(xTitle: "\(title) (ms)", yTitle: "share of replies at or below", xLabel: { Format.number($0) },
                                yLabel: { Format.wholePercent($0) })]
        var points: [(x: Double, y: Double)] = [(frame.x(frame.x.domain.lowerBound), frame.y(0))]
        let n = Double(sorted.count)
        for (index, value) in sorted.enumerated() {
            points.append((frame.x(value), frame.y(Double(index) / n)))
            points.append((frame.x(value), frame.y(Double(index + 1) / n)))
        }
        points.append((frame.right, frame.y(1)))
        parts.append(SVG.polyline(points, class: "cdf"))
        for (level, value, row) in [(0.5, p50, 0), (0.95, p95, 1)] {
            guard let value else { continue }
            parts.append(SVG.line(x1: frame.left, y1: frame.y(level), x2: frame.x(value), y2: frame.y(level), class: "marker level"))
            parts.append(frame.marker(at: value, label: "P\(Int(level * 100)) \(Format.ms(value))", class: level == 0.5 ? "p50" : "p95", row: row))
        }
        return SVG.document(width: width, height: height, label: "Cumulative distribution of \(samples.count) \(title) samples",
                            parts.joined(separator: "\n"))
    }
}
