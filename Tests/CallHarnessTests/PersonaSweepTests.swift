import CallScenario
import Foundation
import ReportModel
import Testing
@testable import CallHarness

@Suite("Personas as a sweep axis", .serialized)
struct PersonaSweepTests {
    @Test("a persona axis takes preset names only; a bad one is a one-line error naming the axis", arguments: [
        ("persona=impatient,grumpy", "--axis persona=impatient,grumpy: unknown persona 'grumpy'; presets: cooperative, elderly, forgetful, hesitant, impatient, terse"),
        ("caller.persona=Elderly", "--axis caller.persona=Elderly: unknown persona 'Elderly'; presets: cooperative, elderly, forgetful, hesitant, impatient, terse"),
    ])
    func badPreset(_ spec: String, _ message: String) throws {
        #expect(throws: SweepError.self) { try SweepAxis(parsing: spec) }
        do {
            _ = try SweepAxis(parsing: spec)
        } catch {
            #expect(error.description == message)
            #expect(!error.description.contains("\n"))
        }
        #expect(try SweepAxis(parsing: "persona=impatient,elderly").values == ["impatient", "elderly"])
    }

    @Test("the axis sets the preset; a scenario's own persona values stay on top of it")
    func applies() throws {
        let axis = try SweepAxis(parsing: "persona=impatient")
        let folder = NSTemporaryDirectory() + "callharness-persona-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func swept(_ caller: String) throws -> CallerPersona {
            let file = folder + "/s.yaml"
            try "id: s\n\(caller)turns: []\n".write(toFile: file, atomically: true, encoding: .utf8)
            return try Scenario(yaml: try axis.apply("impatient", to: try YAMLFile.load(file))).caller.persona
        }
        let impatient = try #require(CallerPersona.presets["impatient"])
        #expect(try swept("") == impatient)
        #expect(try swept("caller:\n  voice: flite/slt\n") == impatient)
        #expect(try swept("caller:\n  persona: elderly\n") == impatient)
        var patient = impatient
        patient.patience = 5
        #expect(try swept("caller:\n  persona: { preset: elderly, patience: 5 }\n") == patient)
        #expect(try swept("caller:\n  persona: { patience: 5 }\n") == patient)
    }

    /// Caller turns that started after the agent had gone quiet (not over it): how long
    /// after the agent's last audible speech before them, ms.
    static func reactionGaps(_ call: CallReport) -> [Double] {
        let agent = call.timeline.filter { $0.lane == "agent" }
        let bargeIns = Set(call.bargeIns.map(\.atMs))
        return call.turns.filter { !bargeIns.contains($0.startMs) }.compactMap { turn in
            agent.filter { $0.endMs <= turn.startMs }.map(\.endMs).max().map { turn.startMs - $0 }
        }
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? .nan : sorted[sorted.count / 2]
    }

    @Test("a sweep over persona: one cell per preset, each caller behaving as its preset says, measured in the report")
    func sweep() throws {
        let folder = NSTemporaryDirectory() + "callharness-persona-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var run = RunOptions(paths: [Bundled.scenarios + "/book-patel.yaml"], agentPath: Bundled.agent, outputDirectory: folder + "/out",
                             seed: 42, jobs: 2)
        run.keepAudio = .failing
        let presets = ["cooperative", "impatient", "elderly"]
        let outcome = try SweepRun.execute(SweepOptions(run: run, axes: [try SweepAxis(name: "persona", values: presets)]), version: "test")
        let report = outcome.report
        #expect(report.sweep?.cells.map(\.key) == presets.map { "persona=\($0)" })
        #expect(report.calls.map(\.cell) == presets.map { "persona=\($0)" })
        #expect(report.calls.map(\.persona) == presets)
        let calls = Dictionary(uniqueKeysWithValues: zip(presets, report.calls))
        let cooperative = try #require(calls["cooperative"]), impatient = try #require(calls["impatient"]), elderly = try #require(calls["elderly"])

        // The impatient caller answers over the agent's questions; the others wait their turn.
        #expect(impatient.bargeIns.count >= 2, "\(impatient.bargeIns)")
        #expect(impatient.talkOverMs > cooperative.talkOverMs)
        #expect(cooperative.bargeIns.isEmpty && elderly.bargeIns.isEmpty)
        // The elderly caller reacts later and speaks more slowly than a caller with no habits.
        let slow = Self.median(Self.reactionGaps(elderly)), plain = Self.median(Self.reactionGaps(cooperative))
        #expect(slow >= plain + 300, "elderly \(Self.reactionGaps(elderly)), cooperative \(Self.reactionGaps(cooperative))")
        let opening = { (call: CallReport) in call.turns[0].endMs - call.turns[0].startMs }
        #expect(opening(elderly) >= opening(cooperative) * 1.15)
        #expect(elderly.durationMs > cooperative.durationMs)
    }
}
