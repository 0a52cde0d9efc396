import ReportModel
import Foundation
import Testing
@testable import CallHarness
@testable import CallReports

@Suite("Snapshots of the fixed report")
struct SnapshotTests {
    @Test func junitXML() throws {
        try Snapshot.check(JUnitReport.render(ReportFixture.run), named: "junit.xml")
    }

    @Test func markdownSummary() throws {
        try Snapshot.check(MarkdownSummary.render(ReportFixture.run), named: "summary.md")
    }

    @Test func markdownSummaryAgainstBaseline() throws {
        try Snapshot.check(MarkdownSummary.render(ReportFixture.run, baseline: ReportFixture.baseline), named: "summary-baseline.md")
    }

    @Test func reportJSON() throws {
        let json = try #require(String(data: try ReportFile.json(ReportFixture.run), encoding: .utf8))
        try Snapshot.check(json + "\n", named: "report.json")
    }

    @Test("snapshots hold nothing of this machine")
    func snapshotsAreMachineIndependent() throws {
        let run = ReportFixture.run
        let texts = [JUnitReport.render(run), MarkdownSummary.render(run), MarkdownSummary.render(run, baseline: ReportFixture.baseline),
                     String(decoding: try ReportFile.json(run), as: UTF8.self)]
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        let home = NSHomeDirectory()
        for text in texts {
            #expect(!text.contains(repository))
            #expect(!text.contains(NSTemporaryDirectory()))
            #expect(home == "/" || !text.contains(home + "/"))
        }
    }
}
