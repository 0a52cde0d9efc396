import ReportModel

/// The scenarios' verdicts over their repeats: runs, passes, the pass rate with its Wilson
/// 95% interval, the bar it must meet, flaky ones first.
enum PassRateSection {
    static func html(_ verdicts: [ScenarioVerdict], anchors: [String: String]) -> String {
        let rows = verdicts.map { verdict -> String in
            let interval = verdict.passRateInterval.map(Format.percent).joined(separator: " – ")
            let mark = !verdict.holds ? HTML.text("span", ["class": "badge"], "fails")
                : verdict.flaky ? HTML.text("span", ["class": "badge info"], "flaky") : ""
            return HTML.row([ComparisonSection.link(verdict.scenario, anchors) + " " + mark,
                             HTML.escape("\(verdict.passed) / \(verdict.runs)"), HTML.escape(Format.percent(verdict.passRate)),
                             HTML.escape(interval), HTML.escape(verdict.requiredPassRate.map(Format.percent) ?? "every run")],
                            class: verdict.holds ? nil : "regression")
        }
        return HTML.element("section", ["id": "pass-rates"], [
            HTML.text("h2", [:], "Pass rates over repeats"),
            HTML.text("p", ["class": "small"], "Each scenario ran with derived seeds. A scenario without a required pass rate must pass every run (pass^k); one with a rate holds unless its Wilson 95% interval lies below it."),
            HTML.table(head: ["scenario", "passed", "rate", "95% interval", "required"], rows: rows, class: "comparison"),
        ].joined(separator: "\n"))
    }
}
