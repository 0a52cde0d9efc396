import Foundation
import Testing

@Suite("validate: scenario, agent, profile and flow files")
struct ValidateCommandTests {
    static let root = RealRuns.root

    /// A copy of the bundled Scenarios and Fixtures folders to break.
    static func project() throws -> String {
        let folder = CommandRunner.temporaryFolder()
        for name in ["Scenarios", "Fixtures"] {
            try FileManager.default.copyItem(atPath: root + "/" + name, toPath: folder + "/" + name)
        }
        return folder
    }

    /// Replaces the first `old` in the file at `path` with `new`.
    static func edit(_ path: String, _ old: String, _ new: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let range = try #require(text.range(of: old), "\(old) in \(path)")
        try text.replacingCharacters(in: range, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The 1-based line of the first line of `path` containing `marker`.
    static func line(of marker: String, in path: String) throws -> Int {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.contains(marker) }) + 1
    }

    @Test("each bundled agent, profile, flow and judge file validates on its own", arguments: [
        ("Scenarios/agents/receptionist.yaml", "0 scenarios, 1 agent(s), 0 profile(s), 1 flow(s)"),
        ("Scenarios/agents/receptionist-llm.yaml", "0 scenarios, 1 agent(s), 0 profile(s), 0 flow(s)"),
        ("Scenarios/profiles/local.yaml", "0 scenarios, 0 agent(s), 1 profile(s), 0 flow(s)"),
        ("Scenarios/profiles/cloud-typical.yaml", "0 scenarios, 0 agent(s), 1 profile(s), 0 flow(s)"),
        ("Scenarios/flows/receptionist.flow.yaml", "0 scenarios, 0 agent(s), 0 profile(s), 1 flow(s)"),
        ("Scenarios/judges/openai.yaml", "0 scenarios, 0 agent(s), 0 profile(s), 0 flow(s), 1 judge(s)"),
                ("Scenarios/store/agents/store.yaml", "0 scenarios, 1 agent(s), 0 profile(s), 1 flow(s)"),
        ("Scenarios/store/agents/store-llm.yaml", "0 scenarios, 1 agent(s), 0 profile(s), 0 flow(s)"),
        ("Scenarios/store", "9 scenarios, 2 agent(s), 1 profile(s), 1 flow(s)"),
        ("Scenarios/agents/receptionist-twilio.yaml", "0 scenarios, 1 agent(s), 0 profile(s), 0 flow(s)"),
        ("Scenarios", "31 scenarios, 5 agent(s), 4 profile(s), 2 flow(s), 1 judge(s)"),
    ])
    func valid(path: String, counts: String) throws {
        let result = try CommandRunner.run(["validate", path], in: Self.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "ok: \(counts) checked\n")
        #expect(result.stderr.isEmpty)
    }

    /// A broken support file: where, what to change, the key and message the error must name.
    struct Broken: Sendable, CustomTestStringConvertible {
        let file: String
        let old: String
        let new: String
        let marker: String
        let key: String
        let message: String
        var testDescription: String { file }
    }

    static let broken = [
        Broken(file: "Scenarios/agents/receptionist.yaml", old: "  thresholdDb: 9", new: "  thresholdDB: 9", marker: "thresholdDB",
               key: "vad.thresholdDB", message: "did you mean 'thresholdDb'"),
        Broken(file: "Scenarios/profiles/self-hosted.yaml", old: "  tokensPerSecond: 60", new: "  tokensPerSecond: 0", marker: "tokensPerSecond: 0",
               key: "llm.tokensPerSecond", message: "out of range"),
        Broken(file: "Scenarios/flows/receptionist.flow.yaml", old: "start: greet", new: "start: greet\nstrat: x", marker: "strat: x",
               key: "strat", message: "unknown key"),
        Broken(file: "Scenarios/judges/openai.yaml", old: "  temperature: 0", new: "  temprature: 0", marker: "temprature",
               key: "judge.temprature", message: "did you mean 'temperature'"),
        // The store's files: its tools, its flow's slots and its scenarios' state checks.
        Broken(file: "Scenarios/store/agents/store.tools.yaml", old: "order_id: {type: string,", new: "order_id: {type: strng,", marker: "type: strng",
               key: "[0].parameters.properties.order_id.type", message: "'strng' is not a JSON Schema type"),
        Broken(file: "Scenarios/store/flows/store.flow.yaml", old: "pattern: \"W-####\"", new: "pattern: \"W-\"", marker: "pattern: \"W-\"",
               key: "slots.order_id.pattern", message: "is not an identifier pattern"),
        Broken(file: "Scenarios/store/order-status.yaml", old: "SELECT status FROM orders", new: "SELECT state FROM orders", marker: "SELECT state",
               key: "expect.state[0].sql", message: "no such column: state"),
    ]

    @Test("a broken agent, profile, flow or judge is bad input: exit 2, file:line: key on stderr", arguments: broken)
    func invalidFile(_ b: Broken) throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(atPath: project) }
        let path = project + "/" + b.file
        try Self.edit(path, b.old, b.new)
        let line = try Self.line(of: b.marker, in: path)
        for target in [path, project + "/Scenarios"] {
            let result = try CommandRunner.run(["validate", target])
            #expect(result.status == 2)
            #expect(result.stdout.isEmpty, "problems go to stderr: \(result.stdout)")
            let problems = result.stderr.split(separator: "\n").map(String.init)
            #expect(problems.count == 1, "\(result.stderr)")
            #expect(problems.first?.hasPrefix("\(path):\(line): \(b.key): ") == true, "\(result.stderr)")
            #expect(problems.first?.contains(b.message) == true, "\(result.stderr)")
        }
    }

    @Test("validate of a folder reports every broken file, one per line; run of it still runs only scenarios")
    func everyProblem() throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(atPath: project) }
        for b in Self.broken { try Self.edit(project + "/" + b.file, b.old, b.new) }
        // An agent no scenario uses, recognized by its keys outside an agents folder.
        let loose = project + "/Scenarios/extra/spare-agent.yaml"
        try FileManager.default.createDirectory(atPath: project + "/Scenarios/extra", withIntermediateDirectories: true)
        try "name: spare\nlatency: local\nbrain: { type: flow, flow: ../flows/nowhere.yaml }\n".write(toFile: loose, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["validate", project + "/Scenarios"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        let files = result.stderr.split(separator: "\n").map { String($0.prefix { $0 != ":" }) }
        // A state check is checked against its agent's database: with the store's tools broken
        // too, that agent has none to check it against.
        let expected = Self.broken.map { project + "/" + $0.file }.filter { !$0.hasSuffix("/store/order-status.yaml") } + [loose]
        #expect(files.sorted() == expected.sorted(), "\(result.stderr)")

    }

    @Test("run of a folder holding agent and profile files runs only its scenarios")
    func runSkipsSupportFiles() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let scenario = try String(contentsOfFile: Self.root + "/Scenarios/opening-hours.yaml", encoding: .utf8)
            .replacingOccurrences(of: "agent: agents/receptionist.yaml", with: "agent: \(Self.root)/Scenarios/agents/receptionist.yaml")
        try scenario.write(toFile: folder + "/opening-hours.yaml", atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: Self.root + "/Scenarios/profiles/local.yaml", toPath: folder + "/local-profile.yaml")
        try "name: spare\nlatency: local\nbrain: { type: flow, flow: nowhere.yaml }\n".write(toFile: folder + "/spare-agent.yaml", atomically: true, encoding: .utf8)
        let validate = try CommandRunner.run(["validate", folder])
        #expect(validate.status == 2)
        #expect(validate.stderr.hasPrefix(folder + "/spare-agent.yaml:"), "\(validate.stderr)")
        let run = try CommandRunner.run(["run", folder, "--out", folder + "/out", "--no-history"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try RealRuns.object(folder + "/out/report.json")
        #expect((report["calls"] as? [[String: Any]])?.compactMap { $0["scenario"] as? String } == ["opening-hours"])
    }

    @Test("an unknown espeak voice is bad input: validate and run exit 2 naming file:line", arguments: [
        ("espeak/en-bogus", "unknown espeak voice 'en-bogus'"),
        ("espeak/en-us+f9", "unknown espeak variant 'f9'"),
    ])
    func espeakVoice(voice: String, message: String) throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let scenario = folder + "/espeak.yaml"
        try """
            id: espeak-caller
            agent: \(Self.root)/Scenarios/agents/receptionist.yaml
            caller:
              voice: \(voice)
            turns:
              - say: "What are your opening hours?"
            """.write(toFile: scenario, atomically: true, encoding: .utf8)
        let validate = try CommandRunner.run(["validate", scenario])
        #expect(validate.status == 2)
        #expect(validate.stderr.hasPrefix("\(scenario):4: caller.voice: \(message)"), "\(validate.stderr)")
        #expect(validate.stdout.isEmpty)
        #expect(validate.stderr.split(separator: "\n").count == 1)
        let run = try CommandRunner.run(["run", scenario, "--out", folder + "/out", "--no-history"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("callharness: \(scenario):4: caller.voice: \(message)"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/out/report.json"))
    }
}
