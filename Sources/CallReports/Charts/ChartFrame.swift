/// The plotting area of a chart with axes: margins, scales, grid lines, tick labels and
/// axis titles.
struct ChartFrame {
    let width: Double
    let height: Double
    let left: Double
    let right: Double
    let top: Double
    let bottom: Double
    let x: LinearScale
    let y: LinearScale

    /// A frame of `width`×`height` with the given margins, `x` over `xRange` and `y` over `yRange`.
    init(width: Double, height: Double, margins: (left: Double, right: Double, top: Double, bottom: Double),
         xRange: (Double, Double), yRange: (Double, Double), xTicks: Int = 8, yTicks: Int = 5) {
        self.width = width
        self.height = height
        left = margins.left
        right = width - margins.right
        top = margins.top
        bottom = height - margins.bottom
        x = LinearScale(covering: xRange.0, xRange.1, from: left, to: right, ticks: xTicks)
        y = LinearScale(covering: yRange.0, yRange.1, from: bottom, to: top, ticks: yTicks)
    }

    /// Grid lines, tick labels and the two axis titles.
    func axes(xTitle: String, yTitle: String, xTicks: Int = 8, yTicks: Int = 5,
              xLabel: (Double) -> String, yLabel: (Double) -> String) -> String {
        var parts: [String] = []
        for value in y.ticks(yTicks) {
            let py = y(value)
            parts.append(SVG.line(x1: left, y1: py, x2: right, y2: py, class: "grid"))
            parts.append(SVG.text(yLabel(value), x: left - 6, y: py + 4, anchor: "end", class: "tick"))
        }
        for value in x.ticks(xTicks) {
            let px = x(value)
            parts.append(SVG.line(x1: px, y1: bottom, x2: px, y2: bottom + 5, class: "axis"))
            parts.append(SVG.text(xLabel(value), x: px, y: bottom + 18, anchor: "middle", class: "tick"))
        }
        parts.append(SVG.line(x1: left, y1: bottom, x2: right, y2: bottom, class: "axis"))
        parts.append(SVG.line(x1: left, y1: top, x2: left, y2: bottom, class: "axis"))
        parts.append(SVG.text(xTitle, x: (left + right) / 2, y: height - 4, anchor: "middle", class: "axis-title"))
        parts.append(SVG.verticalText(yTitle, x: 14, y: (top + bottom) / 2, class: "axis-title"))
        return parts.joined(separator: "\n")
    }

    /// A dashed vertical marker across the plot at `value` with a label near the top;
    /// `row` moves the label down by a line so that neighbouring markers stay legible.
    func marker(at value: Double, label: String, class markerClass: String, row: Int = 0) -> String {
        let px = x(value)
        let flip = px > right - 90
        return SVG.group(class: markerClass, tooltip: label,
                         SVG.line(x1: px, y1: top, x2: px, y2: bottom, class: "marker")
                         + SVG.text(label, x: flip ? px - 4 : px + 4, y: top + 10 + Double(row) * 14, anchor: flip ? "end" : "start",
                                    class: "marker-label"))
    }
}
