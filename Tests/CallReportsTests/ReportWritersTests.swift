import Foundation
import Testing
@testable import CallHarness
@testable import CallReports

@Suite("Writing the reports")
struct ReportWritersTests {
    static func temporaryFolder() -> String {
        NSTemporaryDirectory() + "callreports-\(UUID().uuidString)"
    }

    @Test("writeAll writes the three files whole and leaves no temporary file")
    func writesAll() throws {
        let folder = Self.temporaryFolder() + "/nested/out"
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        let run = ReportFixture.run
        try ReportWriters.writeAll(run, to: folder, baseline: ReportFixture.baseline, history: ReportFixture.history)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == ReportWriters.fileNames.sorted())
        #expect(try String(contentsOfFile: folder + "/junit.xml", encoding: .utf8) == JUnitReport.render(run))
        #expect(try String(contentsOfFile: folder + "/summary.md", encoding: .utf8) == MarkdownSummary.render(run, baseline: ReportFixture.baseline))
        #expect(try String(contentsOfFile: folder + "/report.html", encoding: .utf8)
                == HTMLReport.render(run, baseline: ReportFixture.baseline, history: ReportFixture.history))
    }

    @Test("a folder that cannot be made is one clear error naming it")
    func unwritable() throws {
        let file = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: file) }
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: file))
        #expect {
            try ReportWriters.writeAll(ReportFixture.run, to: file + "/out")
        } throws: { error in
            "\(error)".hasPrefix(file + "/out: cannot write")
        }
    }

    @Test("a baseline reads back as the report that was written")
    func loadsReport() throws {
        let file = Self.temporaryFolder() + ".json"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try ReportFile.writeJSON(ReportFixture.run, to: file)
        let loaded = try ReportWriters.loadReport(file)
        #expect(try ReportFile.json(loaded) == ReportFile.json(ReportFixture.run))
    }

    @Test("a file that is not a report is one clear error", arguments: [
        ("{ not json", "not valid JSON"),
        (#"{"schemaVersion": 1}"#, "no key 'tool'"),
        (#"{"schemaVersion": "one"}"#, "wrong type at 'schemaVersion'"),
    ])
    func rejectsOtherFiles(_ text: String, _ cause: String) throws {
        let file = Self.temporaryFolder() + ".json"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        #expect {
            try ReportWriters.loadReport(file)
        } throws: { error in
            "\(error)" == "\(file): not a callharness report.json (\(cause))"
        }
        #expect(throws: ReportWriterError.self) { try ReportWriters.loadReport(file + ".missing") }
    }
}
