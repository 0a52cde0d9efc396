import ReportModel
import Foundation
import Testing
@testable import CallHarness
@testable import CallReports

@Suite("Writing the reports")
struct ReportWritersTests {
    static func temporaryFolder() -> String {
        NSTemporaryDirectory() + "callreports-\(UUID().uuidString)"
    }

    @Test("an output set holds report.json and the three documents, whole, and no temporary file")
    func writesAll() throws {
        let folder = Self.temporaryFolder() + "/nested/out"
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        let run = ReportFixture.run
        let output = try OutputSet(folder, documents: ReportWriters.documents(baseline: ReportFixture.baseline, history: ReportFixture.history))
        try output.finish(run)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == (ReportWriters.fileNames + ["report.json"]).sorted())
        #expect(try FileManager.default.contentsOfDirectory(atPath: (folder as NSString).deletingLastPathComponent) == ["out"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/report.json")) == ReportFile.json(run) + Data([0x0A]))
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
            try OutputSet(file + "/out", documents: ReportWriters.documents()).finish(ReportFixture.run)
        } throws: { error in
            "\(error)" == "\(file)/out: cannot create the folder (Not a directory)"
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
