/// A histogram of latency samples as inline SVG, with P50 and P95 markers.
enum LatencyHistogram {
    /// The chart for `samples` (ms); P50 and P95 are the report's own values.
    static func svg(_ samples: [Double], p50: Double?, p95: Double?, title: String) -> String {
        guard let low = samples.min(), let high = samples.max() else { return "" }
        let width = 620.0, height = 280.0
        let binWidth = LinearScale.niceStep(span: max(high - low, 1), ticks: 16)
        let first = (low / binWidth).rounded(.down) * binWidth
        let binCount = max(1, Int(((high - first) / binWidth).rounded(.down)) + 1)
        var counts = [Int](repeating: 0, count: binCount)
        for sample in samples { counts[min(binCount - 1, Int((sample - first) / binWidth))] += 1 }
        let frame = ChartFrame(width: width, height: height, margins: (56, 16, 14, 40),
                               xRange: (first, first + Double(binCount) * binWidth), yRange: (0, Double(max(counts.max() ?? 1, 5))))
        var parts = [frame.axes(xTitle: "\(title) (ms)", yTitle: "replies", xLabel: { Format.number($0) }, yLabel: { Format.number($0) })]
        for (index, count) in counts.enumerated() where count > 0 {
            let lower = first + Double(index) * binWidth
            let x0 = frame.x(lower), x1 = frame.x(lower + binWidth)
            let y = frame.y(Double(count))
            parts.append(SVG.rect(x: x0 + 1, y: y, width: x1 - x0 - 2, height: frame.bottom - y, class: "bar",
                                  tooltip: "\(Format.number(lower))–\(Format.number(lower + binWidth)) ms: \(count) \(count == 1 ? "reply" : "replies")"))
        }
        if let p50 { parts.append(frame.marker(at: p50, label: "P50 \(Format.ms(p50))", class: "p50")) }
        if let p95 { parts.append(frame.marker(at: p95, label: "P95 \(Format.ms(p95))", class: "p95", row: 1)) }
        return SVG.document(width: width, height: height, label: "Histogram of \(samples.count) \(title) samples", parts.joined(separator: "\n"))
    }
}
