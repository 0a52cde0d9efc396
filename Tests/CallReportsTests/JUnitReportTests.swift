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
