import ReportModel

/// One horizontal bar per reply, stacked from the eight stages of its time to first
/// audio, as inline SVG with a legend.
enum StageBreakdownChart {
    /// One reply's bar.
    struct Bar {
        /// What the row is called (call and turn).
        var label: String
        var stages: StageBreakdown
    }

    /// The stages in the order they happen, as the legend names them.
    static let stageNames = ["transport in", "end of turn", "STT", "brain", "tools", "sentence", "TTS first byte", "playout + transport out"]

    /// The stage values in `stageNames` order.
    static func values(_ stages: StageBreakdown) -> [Double] {
        [stages.transportIn, stages.endOfTurn, stages.stt, stages.brain, stages.tools, stages.sentence,
         stages.ttsFirstByte, stages.playoutAndTransportOut]
    }

    /// The legend as HTML, shared by every stage chart on the page.
    static func legend() -> String {
        HTML.element("ul", ["class": "legend"], stageNames.enumerated().map { index, name in
            HTML.element("li", [:], HTML.element("span", ["class": "swatch s\(index)"], "") + HTML.escape(name))
        }.joined())
    }

    /// The chart; empty when no reply has a breakdown.
    static func svg(_ bars: [Bar], label: String) -> String {
        guard !bars.isEmpty else { return "" }
        let rowHeight = 18.0, labelWidth = 200.0
        let width = 1240.0, height = 14 + Double(bars.count) * rowHeight + 44
        let longest = bars.map { $0.stages.total }.max() ?? 1
        let frame = ChartFrame(width: width, height: height, margins: (labelWidth, 70, 10, 44),
                               xRange: (0, max(longest, 1)), yRange: (0, 1))
        var parts: [String] = []
        for value in frame.x.ticks(10) {
            parts.append(SVG.line(x1: frame.x(value), y1: frame.top, x2: frame.x(value), y2: frame.bottom, class: "grid"))
            parts.append(SVG.text(Format.number(value), x: frame.x(value), y: frame.bottom + 16, anchor: "middle", class: "tick"))
        }
        parts.append(SVG.line(x1: frame.left, y1: frame.bottom, x2: frame.right, y2: frame.bottom, class: "axis"))
        parts.append(SVG.text("time to first audio (ms), by stage", x: (frame.left + frame.right) / 2, y: height - 6,
                              anchor: "middle", class: "axis-title"))
        for (row, bar) in bars.enumerated() {
            let y = frame.top + Double(row) * rowHeight
            parts.append(SVG.text(bar.label, x: labelWidth - 8, y: y + 12.5, anchor: "end", class: "row-label"))
            var start = 0.0
            var segments: [String] = []
            for (index, value) in values(bar.stages).enumerated() {
                if value > 0 {
                    segments.append(SVG.rect(x: frame.x(start), y: y + 3, width: frame.x(start + value) - frame.x(start), height: rowHeight - 6,
                                             class: "s\(index)", tooltip: "\(bar.label) — \(stageNames[index]): \(Format.ms(value))"))
                }
                start += value
            }
            parts.append(SVG.group(segments.joined()))
            parts.append(SVG.text(Format.ms(bar.stages.total), x: frame.x(bar.stages.total) + 4, y: y + 12.5, class: "tick"))
        }
        return SVG.document(width: width, height: height, label: label, parts.joined(separator: "\n"))
    }
}
