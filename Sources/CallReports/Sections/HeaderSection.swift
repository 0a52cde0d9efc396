import ReportModel

/// The page header: who ran what, with which seed and profile, and how many calls passed.
enum HeaderSection {
    /// The header and the page's table of contents.
    static func html(_ report: RunReport, hasBaseline: Bool, hasHistory: Bool) -> String {
        let agent = report.agent
        let s = report.summary
        var profile = HTML.escape(agent.latencyProfile)
        if !agent.reproducible {
            profile += " " + HTML.element("span", ["class": "badge warn", "title": "A stage charges real compute time: numbers vary from run to run."],
                                          "measured — not reproducible")
        }
        let facts: [(String, String)] = [
            ("agent", HTML.escape(agent.name) + " " + HTML.text("span", ["class": "muted small mono"], agent.file)),
            ("latency profile", profile),
            ("seed", String(report.seed)),
            ("tool", HTML.escape("\(report.tool.name) \(report.tool.version)")),
            ("started", HTML.escape(report.startedAt)),
            ("calls passed", HTML.text("span", ["class": s.passed == s.calls ? "badge pass" : "badge fail"], "\(s.passed) / \(s.calls)")),
        ]
        var parts = [
            HTML.text("h1", [:], "callharness report — \(agent.name)"),
            HTML.element("dl", ["class": "facts"], facts.map { HTML.element("div", [:], HTML.text("dt", [:], $0.0) + HTML.element("dd", [:], $0.1)) }.joined()),
        ]
        if !report.complete {
            parts.append(HTML.element("p", [:], HTML.element("span", ["class": "badge fail"], "incomplete")
                                      + " The run was interrupted: only the calls that finished are reported."))
        }
        if !agent.overrides.isEmpty {
            let settings = agent.overrides.sorted { $0.key < $1.key }.map { HTML.text("code", [:], "\($0.key)=\($0.value)") }
            parts.append(HTML.element("p", ["class": "small"], "Settings changed with <code>--set</code>: " + settings.joined(separator: ", ")))
        }
        if !agent.unpronounceableWords.isEmpty {
            parts.append(HTML.element("p", ["class": "small"], "Domain words the recognizer could not pronounce: "
                                      + agent.unpronounceableWords.map { HTML.text("code", [:], $0) }.joined(separator: ", ")))
        }
        var links = [("summary", "Summary")]
        if hasBaseline { links.append(("baseline", "Against the baseline")) }
        if hasHistory { links.append(("trend", "Trend")) }
        links += [("latency", "Latency"), ("calls", "Calls (\(report.calls.count))")]
        let files = ["report.json", "junit.xml", "summary.md"].map { HTML.text("a", ["href": $0, "class": "muted"], $0) }
        parts.append(HTML.element("nav", ["class": "toc"], links.map { HTML.text("a", ["href": "#\($0.0)"], $0.1) }.joined()
                                  + HTML.element("span", ["class": "files small"], files.joined(separator: " · "))))
        return HTML.element("header", [:], parts.joined(separator: "\n"))
    }
}
