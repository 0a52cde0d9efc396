import ReportModel
import Foundation

/// junit.xml: one test suite for the run, one test case per call (its simulated
/// duration as its time), a failure with every failure message for each failing call,
/// and the run's headline numbers as properties.
public enum JUnitReport {
    /// The XML document.
    public static func render(_ report: RunReport) -> String {
        let s = report.summary
        let className = "callharness." + report.agent.name
        let failing = report.calls.filter { !$0.passed }.count
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            "<testsuite" + attributes([("name", className), ("tests", String(report.calls.count)), ("failures", String(failing)),
                                       ("errors", "0"), ("skipped", "0"), ("time", seconds(s.simulatedSeconds * 1000)),
                                       ("timestamp", report.startedAt)]) + ">",
            "  <properties>",
        ]
        for (name, value) in properties(report) {
            lines.append("    <property" + attributes([("name", name), ("value", value)]) + "/>")
        }
        lines.append("  </properties>")
        for call in report.calls {
            let open = "  <testcase" + attributes([("name", call.scenario), ("classname", className), ("time", seconds(call.durationMs))])
            if call.passed {
                lines.append(open + "/>")
                continue
            }
            lines.append(open + ">")
            let message = call.failures.isEmpty ? "the call failed" : call.failures.joined(separator: "; ")
            let body = call.failures.map { "- " + $0 }.joined(separator: "\n")
            lines.append("    <failure" + attributes([("message", message), ("type", "scenario")]) + ">" + XML.escape(body) + "</failure>")
            lines.append("  </testcase>")
        }
        lines.append("</testsuite>")
        return lines.joined(separator: "\n") + "\n"
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
        ]
    }

    static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(XML.attribute($0.1))\"" }.joined()
    }

    /// Milliseconds as seconds with three decimals.
    static func seconds(_ ms: Double) -> String {
        String(format: "%.3f", ms / 1000)
    }
}
