import ReportModel

/// report.html: the whole run in one self-contained page (inline styles and SVG charts,
/// no scripts, no network), every piece of report text escaped.
public enum HTMLReport {
    /// The page for `report`, with a comparison table when `baseline` is given and trend
    /// lines when `history` (earlier runs, oldest first) is not empty.
    public static func render(_ report: RunReport, baseline: RunReport? = nil, thresholds: GateThresholds = .init(),
                              history: [HistoryPoint] = []) -> String {
        let anchors = report.calls.enumerated().map { CallSection.anchor(index: $0.offset, scenario: $0.element.scenario) }
        var byScenario: [String: String] = [:]
        for (call, anchor) in zip(report.calls, anchors) where byScenario[call.scenario] == nil { byScenario[call.scenario] = anchor }

        var document = HTMLDocument(title: "callharness — \(report.agent.name) — \(report.summary.passed)/\(report.summary.calls) passed")
        document.append(HeaderSection.html(report, hasBaseline: baseline != nil, hasHistory: !history.isEmpty))
        document.append(SummarySection.html(report))
        if let verdicts = report.scenarios { document.append(PassRateSection.html(verdicts, anchors: byScenario)) }
        if let replay = report.replay { document.append(ReplaySection.html(replay, call: report.calls.first, anchor: anchors.first)) }
        if let sweep = report.sweep { document.append(SweepSection.html(sweep, anchors: anchors)) }
        if let load = report.load { document.append(LoadSection.html(load)) }
        if let baseline { document.append(ComparisonSection.html(report, baseline: baseline, thresholds: thresholds, anchors: byScenario)) }
        if !history.isEmpty { document.append(TrendSection.html(report, history: history)) }
        document.append(LatencySection.html(report))
        document.append(CallIndexSection.html(report, anchors: anchors))
        for (index, call) in report.calls.enumerated() {
            document.append(CallSection.html(call, number: index + 1, anchor: anchors[index]))
        }
        return document.render()
    }
}
