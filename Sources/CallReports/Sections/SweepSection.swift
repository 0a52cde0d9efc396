import ReportModel

/// A sweep's grid as heatmaps of completion, WER and TTFA P95, one value per cell, each
/// linking to the cell's row in the table of cells, which links to its calls. One axis is
/// drawn as a column; two as rows × columns; more as one rows × columns grid of the first
/// two axes for every combination of the others, named above it.
enum SweepSection {
    /// A metric drawn in a heatmap.
    struct Metric {
        var title: String
        var value: (SweepReport.Cell) -> Double?
        var format: (Double) -> String
        /// 0 (worst, red) … 1 (best, green), given every cell's value.
        var goodness: (Double, [Double]) -> Double
    }

    static var metrics: [Metric] { [
        Metric(title: "completion", value: \.completionRate, format: { Format.wholePercent($0) }, goodness: { value, _ in value }),
        Metric(title: "WER", value: \.wer, format: { Format.percent($0) }, goodness: { value, _ in 1 - min(value, 0.5) / 0.5 }),
        Metric(title: "TTFA P95", value: \.ttfaP95Ms, format: { Format.ms($0) }, goodness: { value, all in
            guard let low = all.min(), let high = all.max(), high > low else { return 1 }
            return 1 - (value - low) / (high - low)
        }),
    ] }

    /// The id of cell `index`'s row.
    static func anchor(_ index: Int) -> String { "cell-\(index + 1)" }

    /// The section; `anchors[i]` is the id of call `i`'s section.
    static func html(_ sweep: SweepReport, anchors: [String]) -> String {
        let calls = sweep.cells.reduce(0) { $0 + $1.calls }
        let axes = sweep.axes.map { axis in
            HTML.element("li", [:], HTML.text("code", [:], axis.name) + " " + HTML.text("span", ["class": "muted"], "(\(axis.sets))") + ": "
                         + axis.values.map { HTML.text("code", [:], $0) }.joined(separator: ", "))
        }
        var parts = [
            HTML.text("h2", [:], "Sweep"),
            HTML.text("p", [:], "\(sweep.scenarios.count) scenario\(sweep.scenarios.count == 1 ? "" : "s") × \(sweep.cells.count) cells: \(calls) calls. "
                      + "Recordings kept for \(sweep.keepAudio == "all" ? "every call" : "failing calls only")."),
            HTML.element("ul", ["class": "small"], axes.joined()),
        ]
        for group in groups(sweep) {
            if !group.title.isEmpty { parts.append(HTML.text("h3", [:], group.title)) }
            let figures = metrics.map { metric in heatmap(sweep, metric: metric, cells: group.cells) }
            parts.append(HTML.element("div", ["class": "charts"], figures.joined(separator: "\n")))
        }
        parts.append(cellTable(sweep, anchors: anchors))
        return HTML.element("section", ["id": "sweep"], parts.joined(separator: "\n"))
    }

    /// The grids to draw: cell indexes as [row][column], with a title naming the values of
    /// the axes beyond the first two.
    static func groups(_ sweep: SweepReport) -> [(title: String, cells: [[Int]])] {
        let sizes = sweep.axes.map(\.values.count)
        guard let rows = sizes.first else { return [] }
        let columns = sizes.count > 1 ? sizes[1] : 1
        // Cells are in grid order, first axis slowest: cell = (r * columns + c) * rest + g,
        // where g counts the combinations of the other axes.
        let rest = max(1, sweep.cells.count / max(rows * columns, 1))
        return (0..<rest).map { g in
            let grid = (0..<rows).map { r in (0..<columns).map { c in (r * columns + c) * rest + g } }
            let first = grid[0][0]
            let title = sweep.axes.count > 2
                ? zip(sweep.axes.dropFirst(2), sweep.cells[first].values.dropFirst(2)).map { "\($0.name) = \($1)" }.joined(separator: ", ")
                : ""
            return (title, grid)
        }
    }

    static func heatmap(_ sweep: SweepReport, metric: Metric, cells grid: [[Int]]) -> String {
        let all = sweep.cells.compactMap(metric.value)
        let rowAxis = sweep.axes[0]
        let columnAxis = sweep.axes.count > 1 ? sweep.axes[1] : nil
        let head = [HTML.text("span", ["class": "muted"], columnAxis.map { "\(rowAxis.name) \\ \($0.name)" } ?? rowAxis.name)]
            + (columnAxis?.values.map { HTML.text("code", [:], $0) } ?? [HTML.escape(metric.title)])
        let rows = grid.enumerated().map { r, indexes in
            HTML.element("tr", [:], HTML.element("th", [:], HTML.text("code", [:], rowAxis.values[r])) + indexes.map { index in
                let cell = sweep.cells[index]
                let tip = "\(cell.key): \(cell.passed)/\(cell.calls) passed, TTFA samples \(cell.ttfaCount)"
                guard let value = metric.value(cell) else {
                    return HTML.element("td", ["class": "num", "title": tip], HTML.text("a", ["href": "#" + anchor(index)], Format.missing))
                }
                let hue = Int((metric.goodness(value, all) * 120).rounded())
                return HTML.element("td", ["class": "num heat", "title": tip, "style": "background: hsl(\(hue), 70%, 82%)"],
                                    HTML.text("a", ["href": "#" + anchor(index)], metric.format(value)))
            }.joined())
        }
        let table = HTML.element("table", ["class": "heatmap"],
                                 HTML.element("thead", [:], HTML.row(head, header: true)) + HTML.element("tbody", [:], rows.joined(separator: "\n")))
        return HTML.element("figure", [:], table + HTML.text("figcaption", [:], metric.title + " per cell"))
    }

    static func cellTable(_ sweep: SweepReport, anchors: [String]) -> String {
        let rows = sweep.cells.enumerated().map { index, cell in
            let links = cell.callIndexes.filter { anchors.indices.contains($0) }.map {
                HTML.text("a", ["href": "#" + anchors[$0]], "#\($0 + 1)")
            }
            return HTML.element("tr", ["id": anchor(index), "class": cell.passed == cell.calls ? nil : "failed"], [
                String(index + 1), HTML.text("code", [:], cell.key), String(cell.calls), String(cell.passed),
                Format.percent(cell.completionRate), Format.percent(cell.wer), Format.ms(cell.ttfaP95Ms), links.joined(separator: " "),
            ].map { HTML.element("td", [:], $0) }.joined())
        }
        return HTML.text("h3", [:], "Cells")
            + HTML.table(head: ["#", "cell", "calls", "passed", "completion", "WER", "TTFA P95", "calls"], rows: rows, class: "calls")
    }
}
