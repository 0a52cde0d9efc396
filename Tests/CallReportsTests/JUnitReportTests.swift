import Foundation
import Testing
@testable import CallHarness
@testable import CallReports

@Suite("junit.xml")
struct JUnitReportTests {
    @Test("one test case per call, failures with every message, read back by an XML parser")
    func parsesBack() throws {
        let run = ReportFixture.run
        let scan = try MarkupScan(JUnitReport.render(run))
        let suites = scan.all("testsuite")
        #expect(suites.count == 1)
        #expect(suites.first?.attributes["tests"] == String(run.calls.count))
        #expect(suites.first?.attributes["failures"] == String(run.calls.filter { !$0.passed }.count))
        let cases = scan.all("testcase")
        #expect(cases.map { $0.attributes["name"] } == run.calls.map(\.scenario))
        #expect(cases.allSatisfy { $0.attributes["classname"] == "callharness.receptionist" })
        for (testCase, call) in zip(cases, run.calls) {
            let time = try #require(testCase.attributes["time"].flatMap(Double.init))
            #expect(abs(time - call.durationMs / 1000) < 0.0005)
        }
        let failures = scan.all("failure")
        let failing = run.calls.filter { !$0.passed }
        #expect(failures.count == failing.count)
        #expect(failures.first?.attributes["message"] == failing.first?.failures.joined(separator: "; "))
        for message in failing.first?.failures ?? [] { #expect(failures.first?.text.contains(message) == true) }
        let properties = Dictionary(scan.all("property").map { ($0.attributes["name"] ?? "", $0.attributes["value"] ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(properties["wer"].flatMap(Double.init) == run.summary.wer)
        #expect(properties["ttfaP95Ms"].flatMap(Double.init) == run.summary.ttfaMs.p95)
        #expect(properties["seed"] == "42")
    }

    @Test("line breaks and characters XML cannot hold survive or are replaced")
    func awkwardText() throws {
        var run = ReportFixture.run
        run.calls[1].failures = ["first line\nsecond line", "bell \u{07} & 'apostrophe'"]
        let scan = try MarkupScan(JUnitReport.render(run))
        let failure = try #require(scan.all("failure").first)
        #expect(failure.attributes["message"] == "first line\nsecond line; bell \u{FFFD} & 'apostrophe'")
    }
}

@Suite("judge verdicts in the reports")
struct JudgeReportTests {
    @Test("junit.xml: a failing criterion is among the call's failures; every verdict in the case's system-out; the counts as properties")
    func junit() throws {
        let run = ReportFixture.judged
        let scan = try MarkupScan(JUnitReport.render(run))
        let cases = scan.all("testcase")
        #expect(cases.count == run.calls.count)
        let outs = scan.all("system-out").map(\.text)
        #expect(outs == [
            "judge pass: The agent read the appointment back before booking it — It read the day and time back and asked first.",
            "judge fail: \(ReportFixture.hostileLine) — It said <b>nothing</b> & \"left\" it there.\n"
                + "judge notJudged: The agent was polite — the judge's reply is not a JSON object: \"<i>fine</i>\"",
        ])
        #expect(scan.all("failure").first?.text.contains("judge: \"\(ReportFixture.hostileLine)\" does not hold") == true)
        let properties = Dictionary(scan.all("property").map { ($0.attributes["name"] ?? "", $0.attributes["value"] ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(properties["judgeModel"] == "gpt-4.1-mini")
        #expect([properties["judgeCriteria"], properties["judgePassed"], properties["judgeFailed"], properties["judgeNotJudged"]] == ["3", "1", "1", "1"])
        // A run without criteria has none of it.
        let plain = JUnitReport.render(ReportFixture.run)
        #expect(!plain.contains("system-out") && !plain.contains("judge"))
    }

    @Test("report.html: a judge table per call with its verdicts, every text escaped, and a summary card")
    func html() throws {
        let page = HTMLReport.render(ReportFixture.judged)
        #expect(!page.contains("<b>nothing") && !page.contains("<i>fine") && !page.lowercased().contains("<script"))
        let scan = try MarkupScan(page)
        let tables = scan.all("table").filter { $0.attributes["class"] == "judge" }
        #expect(tables.count == 2)
        let cells = scan.all("td").map(\.text)
        #expect(cells.contains(ReportFixture.hostileLine))
        #expect(cells.contains(#"It said <b>nothing</b> & "left" it there."#))
        #expect(cells.contains("not judged") && cells.contains("FAIL") && cells.contains("pass"))
        #expect(scan.all("div").contains { $0.attributes["class"] == "label" && $0.text == "judge criteria passed" })
        #expect(scan.all("div").contains { $0.attributes["class"] == "value" && $0.text == "1 / 3" })
        #expect(!HTMLReport.render(ReportFixture.run).contains("judge"))
        let markdown = MarkdownSummary.render(ReportFixture.judged)
        #expect(markdown.contains("| judge criteria | 1 / 3 passed, 1 failed, 1 not judged (`gpt-4.1-mini`) |"))
        #expect(!MarkdownSummary.render(ReportFixture.run).contains("judge"))
    }
}
