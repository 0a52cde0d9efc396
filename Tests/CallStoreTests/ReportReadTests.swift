import ReportModel
import CallHarness
import Foundation
import Testing

@Suite("Reading report.json")
struct ReportReadTests {
    let folder: String = {
        let path = NSTemporaryDirectory() + "callstore-read-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    func write(_ name: String, _ data: Data) throws -> String {
        let path = folder + "/" + name
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("a written report reads back")
    func roundTrip() throws {
        let report = try ReportFixture.report(["book", "cancel"], ttfaP95: 2345)
        let path = try write("report.json", try ReportFixture.json(report))
        let read = try RunReport.read(from: path)
        #expect(read.calls.map(\.scenario) == ["book", "cancel"])
        #expect(read.summary.ttfaMs.p95 == 2345)
    }

    @Test("bad files are errors naming the file", arguments: [
        ("missing.json", nil, "file not found"),
        ("bad.json", "{\"schemaVersion\": 1,", "not valid JSON"),
        ("list.json", "[1, 2]", "expected a JSON object"),
        ("v2.json", "{\"schemaVersion\": 2}", "schemaVersion 2 is not supported"),
        ("none.json", "{\"calls\": []}", "no schemaVersion"),
        ("short.json", "{\"schemaVersion\": 1, \"seed\": 1}", "missing key"),
    ] as [(String, String?, String)])
    func bad(name: String, contents: String?, message: String) throws {
        let path = try contents.map { try write(name, Data($0.utf8)) } ?? folder + "/" + name
        let error = try #require(throws: ReportReadError.self) { try RunReport.read(from: path) }
        #expect(error.file == path)
        #expect(error.description.hasPrefix(path + ": "))
        #expect(error.description.contains(message))
        #expect(!error.description.contains("\n"))
    }
}
