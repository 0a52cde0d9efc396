import ReportModel

/// A call's timeline as inline SVG: one lane per timeline lane, a time axis in seconds,
/// spans as bars, instants as ticks, and each span's label as its tooltip.
enum CallTimelineChart {
    /// The lanes in pipeline order; other lanes in a report follow them alphabetically.
    static let lanes = ["caller", "agent", "vad", "endpoint", "stt", "brain", "tool", "tts", "line"]

    /// The lanes drawn for `spans`: every standard lane, then any other lane they use.
    static func lanes(for spans: [TimelineSpan]) -> [String] {
        lanes + Set(spans.map(\.lane)).subtracting(lanes).sorted()
    }

    /// The chart for one call lasting `durationMs`.
    static func svg(_ spans: [TimelineSpan], durationMs: Double, label: String) -> String {
        let lanes = lanes(for: spans)
        let laneHeight = 22.0, labelWidth = 76.0
        let width = 1240.0, height = 10 + Double(lanes.count) * laneHeight + 40
        let end = max(durationMs, spans.map(\.endMs).max() ?? 0, 1000) / 1000
        let frame = ChartFrame(width: width, height: height, margins: (labelWidth, 16, 10, 40),
                               xRange: (0, end), yRange: (0, 1), xTicks: 20)
        var parts: [String] = []
        for (row, lane) in lanes.enumerated() {
            let y = frame.top + Double(row) * laneHeight
            if row % 2 == 0 { parts.append(SVG.rect(x: frame.left, y: y, width: frame.right - frame.left, height: laneHeight, class: "lane-band")) }
            parts.append(SVG.text(lane, x: labelWidth - 8, y: y + 15, anchor: "end", class: "row-label"))
        }
        for value in frame.x.ticks(20) {
            parts.append(SVG.line(x1: frame.x(value), y1: frame.top, x2: frame.x(value), y2: frame.bottom, class: "grid"))
            parts.append(SVG.text(Format.number(value), x: frame.x(value), y: frame.bottom + 16, anchor: "middle", class: "tick"))
        }
        parts.append(SVG.line(x1: frame.left, y1: frame.bottom, x2: frame.right, y2: frame.bottom, class: "axis"))
        parts.append(SVG.text("time since the call started (s)", x: (frame.left + frame.right) / 2, y: height - 6, anchor: "middle", class: "axis-title"))
        for span in spans {
            guard let row = lanes.firstIndex(of: span.lane) else { continue }
            parts.append(mark(span, frame: frame, y: frame.top + Double(row) * laneHeight, laneHeight: laneHeight))
        }
        return SVG.document(width: width, height: height, label: label, class: "chart timeline", parts.joined(separator: "\n"))
    }

    /// One span: a bar, or a tick when it has no length; caller and agent bars carry
    /// as much of their label as fits.
    static func mark(_ span: TimelineSpan, frame: ChartFrame, y: Double, laneHeight: Double) -> String {
        let x0 = frame.x(span.startMs / 1000), x1 = frame.x(span.endMs / 1000)
        let laneClass = "lane-" + (lanes.contains(span.lane) ? span.lane : "other")
        let times = span.endMs > span.startMs
            ? "\(Format.preciseCallTime(span.startMs))–\(Format.preciseCallTime(span.endMs))"
            : "at \(Format.preciseCallTime(span.startMs))"
        let tooltip = "\(span.lane) \(times)" + (span.label.map { ": \($0)" } ?? "")
        guard x1 - x0 >= 1 else {
            return SVG.line(x1: x0, y1: y + 3, x2: x0, y2: y + laneHeight - 3, class: "instant \(laneClass)", tooltip: tooltip)
        }
        var mark = SVG.rect(x: x0, y: y + 4, width: x1 - x0, height: laneHeight - 8, class: "span \(laneClass)", tooltip: tooltip)
        if let label = span.label, span.lane == "caller" || span.lane == "agent" {
            let fits = Int((x1 - x0 - 6) / 6.2)
            if fits >= 4 {
                let shown = label.count <= fits ? label : String(label.prefix(fits - 1)) + "…"
                mark += SVG.text(shown, x: x0 + 3, y: y + 15, class: "span-label")
            }
        }
        return mark
    }
}
