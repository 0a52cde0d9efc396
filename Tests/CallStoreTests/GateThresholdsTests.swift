import ReportModel
import CallHarness
import CallScenario
import Foundation
import Testing

@Suite("Gate thresholds file")
struct GateThresholdsTests {
    let folder = NSTemporaryDirectory() + "callstore-thresholds-\(UUID().uuidString)"

    func write(_ text: String) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/gate.yaml"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("keys in the file replace the defaults; keys left out keep them")
    func partial() throws {
        let path = try write("maxTtfaP95RegressionPct: 25\nallowNewlyFailing: true\n")
        let thresholds = try GateThresholds().overridden(byFile: path)
        #expect(thresholds == GateThresholds(maxTtfaP95RegressionPct: 25, maxCompletionDropPct: 0, maxWerIncreasePts: 2, allowNewlyFailing: true))
    }

    @Test("an unknown key is an error naming the file and line, with a suggestion")
    func unknownKey() throws {
        let path = try write("maxCompletionDropPct: 5\nmaxWerIncrease: 3\n")
        let error = try #require(throws: ScenarioError.self) { try GateThresholds().overridden(byFile: path) }
        #expect(error.file == path)
        #expect(error.line == 2)
        #expect(error.description.contains("maxWerIncreasePts"))
    }

    @Test("a value of the wrong kind is an error at its line", arguments: ["maxWerIncreasePts: lots", "maxTtfaP95RegressionPct: -5", "allowNewlyFailing: 3"])
    func badValue(line: String) throws {
        let path = try write("maxCompletionDropPct: 1\n" + line + "\n")
        let error = try #require(throws: ScenarioError.self) { try GateThresholds().overridden(byFile: path) }
        #expect(error.line == 2)
    }
}
