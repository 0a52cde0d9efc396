import ReportModel
import Foundation

/// junit.xml: one test suite for the run, one test case per call (its simulated
/// duration as its time), a failure with every failure message for each failing call
/// (a failing judge criterion among them), the judge's verdicts in the case's
/// `system-out`, and the run's headline numbers as properties. With repeats, one test case per
/// scenario: its failing runs are `flakyFailure`s when its verdict holds over the runs
/// (the convention CI systems read as flaky), a `failure` when it does not.
public enum JUnitReport {
    /// The XML document.
    public static func render(_ report: RunReport) -> String {
        let s = report.summary
        let className = "callharness." + report.agent.name
        let failing = report.scenarios.map { $0.filter { !$0.holds }.count } ?? report.calls.filter { !$0.passed }.count
        let tests = report.scenarios?.count ?? report.calls.count
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            "<testsuite" + attributes([("name", className), ("tests", String(tests)), ("failures", String(failing)),
                                       ("errors", "0"), ("skipped", "0"), ("time", seconds(s.simulatedSeconds * 1000)),
                                       ("timestamp", report.startedAt)]) + ">",
            "  <properties>",
        ]
        for (name, value) in properties(report) {
            lines.append("    <property" + attributes([("name", name), ("value", value)]) + "/>")
        }
        lines.append("  </properties>")
        if let verdicts = report.scenarios {
            lines += repeatedCases(verdicts, report: report, className: className)
            lines.append("</testsuite>")
            return lines.joined(separator: "\n") + "\n"
        }
        for call in report.calls {
            let open = "  <testcase" + attributes([("name", call.scenario), ("classname", className), ("time", seconds(call.durationMs))])
            let judged = judgeOutput(call)
            if call.passed && judged == nil {
                lines.append(open + "/>")
                continue
            }
            lines.append(open + ">")
            if !call.passed {
                let message = call.failures.isEmpty ? "the call failed" : call.failures.joined(separator: "; ")
                let body = call.failures.map { "- " + $0 }.joined(separator: "\n")
                lines.append("    <failure" + attributes([("message", message), ("type", "scenario")]) + ">" + XML.escape(body) + "</failure>")
            }
            if let judged { lines.append("    <system-out>" + XML.escape(judged) + "</system-out>") }
            lines.append("  </testcase>")
        }
        lines.append("</testsuite>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One test case per scenario of a repeated run.
    static func repeatedCases(_ verdicts: [ScenarioVerdict], report: RunReport, className: String) -> [String] {
        var lines: [String] = []
        for verdict in verdicts {
            let calls = report.calls.filter { ($0.repetition?.scenario ?? $0.scenario) == verdict.scenario }
            let time = calls.reduce(0) { $0 + $1.durationMs }
            let open = "  <testcase" + attributes([("name", verdict.scenario), ("classname", className), ("time", seconds(time))])
            let failed = calls.filter { !$0.passed }
            if failed.isEmpty {
                lines.append(open + "/>")
                continue
            }
            lines.append(open + ">")
            let rate = "passed \(verdict.passed)/\(verdict.runs)" + (verdict.requiredPassRate.map { ", needs \(Format.percent($0))" } ?? "")
            if !verdict.holds {
                lines.append("    <failure" + attributes([("message", rate), ("type", "passRate")]) + ">" + XML.escape(rate) + "</failure>")
            }
            for call in failed {
                let message = "\(call.scenario): " + (call.failures.first ?? "the call failed")
                let tag = verdict.holds ? "flakyFailure" : "rerunFailure"
                lines.append("    <\(tag)" + attributes([("message", message), ("type", "scenario")]) + ">"
                             + XML.escape(call.failures.map { "- " + $0 }.joined(separator: "\n")) + "</\(tag)>")
            }
            lines.append("  </testcase>")
        }
        return lines
    }

    /// A call's judge verdicts, one line each, for its `system-out`; nil when its scenario
    /// states no criteria.
    static func judgeOutput(_ call: CallReport) -> String? {
        guard let judgements = call.judgements, !judgements.isEmpty else { return nil }
        return judgements.map { "judge \($0.verdict.rawValue): \($0.criterion) — \($0.reason)" }.joined(separator: "\n")
    }

    /// The run's identity and headline numbers, in a fixed order.
    static func properties(_ report: RunReport) -> [(String, String)] {
        let s = report.summary
        func optional(_ value: Double?) -> String { value.map(Format.number) ?? "" }
        return [
            ("agent", report.agent.name),
            ("latencyProfile", report.agent.latencyProfile),
            ("reproducible", String(report.agent.reproducible)),
            ("seed", String(report.seed)),
            ("toolVersion", report.tool.version),
            ("calls", String(s.calls)),
            ("passed", String(s.passed)),
            ("completionRate", Format.number(s.completionRate)),
            ("escalationRate", Format.number(s.escalationRate)),
            ("escalationAccuracy", Format.number(s.escalationAccuracy)),
            ("wer", Format.number(s.wer)),
            ("ttfaP50Ms", optional(s.ttfaMs.p50)),
            ("ttfaP95Ms", optional(s.ttfaMs.p95)),
            ("ttfaCount", String(s.ttfaMs.count)),
            ("eotP50Ms", optional(s.eotMs.p50)),
            ("eotP95Ms", optional(s.eotMs.p95)),
            ("entityAccuracy", optional(s.entityAccuracy)),
            ("bargeInStopP95Ms", optional(s.bargeIn.stopMsP95)),
            ("cutIns", String(s.bargeIn.cutIns)),
            ("falseBargeIns", String(s.bargeIn.falseBargeIns)),
            ("deadAirMsMax", Format.number(s.deadAirMsMax)),
            ("talkOverSeconds", Format.number(s.talkOverSeconds)),
            ("simulatedSeconds", Format.number(s.simulatedSeconds)),
        ] + judgeProperties(report)
    }

    /// The judge criteria by verdict, when any scenario states criteria.
    static func judgeProperties(_ report: RunReport) -> [(String, String)] {
        guard let j = report.summary.judgements else { return [] }
        return [("judgeModel", report.judge?.model ?? ""), ("judgeCriteria", String(j.criteria)), ("judgePassed", String(j.passed)),
                ("judgeFailed", String(j.failed)), ("judgeNotJudged", String(j.notJudged))]
    }

    static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(XML.attribute($0.1))\"" }.joined()
    }

    /// Milliseconds as seconds with three decimals.
    static func seconds(_ ms: Double) -> String {
        String(format: "%.3f", ms / 1000)
    }
}
