import Testing
@testable import CallScenario

@Suite("Discovery and validation")
struct DiscoveryTests {
    @Test("folders are searched recursively for scenario YAML, skipping support folders and _files")
    func discover() throws {
        let call = CallFolder()
        for file in ["scenarios/b.yaml", "scenarios/nested/deeper/a.yml", "scenarios/_draft.yaml", "scenarios/notes.txt",
                     "scenarios/agents/x.yaml", "scenarios/profiles/x.yaml", "scenarios/flows/x.yaml", "scenarios/schema/x.yaml",
                     "scenarios/.hidden/x.yaml", "scenarios/nested/_wip/x.yaml"] {
            call.write(file, "id: x\nturns: []\n")
        }
        let found = try ScenarioLoader.discover([call.path("scenarios")])
        #expect(found == ["scenarios/b.yaml", "scenarios/book.yaml", "scenarios/nested/deeper/a.yml"].map(call.path))
    }

    @Test("a file's kind comes from its folder, a .flow.yaml name, or its keys", arguments: [
        ("agents/x.yaml", "id: x\nturns: []\n", ScenarioLoader.FileKind.agent),
        ("profiles/x.yaml", "name: x\n", .profile),
        ("flows/x.yaml", "name: x\n", .flow),
        ("elsewhere/x.flow.yaml", "id: x\n", .flow),
        ("elsewhere/flow.yaml", "start: greet\nnodes: {}\n", .flow),
        ("elsewhere/agent.yaml", "name: a\nbrain: { type: flow }\n", .agent),
        ("elsewhere/agent2.yaml", "name: a\nvad: { startMs: 60 }\n", .agent),
        ("elsewhere/profile.yaml", "name: p\nllm: { ttftMs: 100 }\n", .profile),
        ("elsewhere/scenario.yaml", "id: s\nturns: []\n", .scenario),
        ("elsewhere/nothing.yaml", "name: n\n", .scenario),
        ("elsewhere/broken.yaml", "id: [\n", .scenario),
        ("agents/nested/x.yaml", "id: x\nturns: []\n", .scenario),
    ])
    func kinds(path: String, text: String, kind: ScenarioLoader.FileKind) {
        let call = CallFolder()
        #expect(ScenarioLoader.kind(of: call.write(path, text)) == kind)
    }

    @Test("discoverAll lists every YAML file with its kind, support folders included; discover skips agents it recognizes")
    func discoverAll() throws {
        let call = CallFolder()
        call.write("schema/x.yaml", "id: x\n")
        call.write("scenarios/_draft.yaml", "id: x\nturns: []\n")
        call.write("scenarios/spare-agent.yaml", "name: spare\nbrain: { type: flow }\n")
        let found = try ScenarioLoader.discoverAll([call.root])
        let kinds = Dictionary(uniqueKeysWithValues: found.map { ($0.path, $0.kind) })
        #expect(kinds == [
            call.path("agents/receptionist.yaml"): .agent, call.path("profiles/fast.yaml"): .profile, call.path("profiles/slow.yaml"): .profile,
            call.path("flows/reception.yaml"): .flow, call.path("scenarios/book.yaml"): .scenario, call.path("scenarios/spare-agent.yaml"): .agent,
        ])
        #expect(found.map(\.path) == found.map(\.path).sorted())
        #expect(try ScenarioLoader.discover([call.root]) == [call.path("scenarios/book.yaml")])
    }

    @Test("files are taken as given; results are sorted without duplicates")
    func filesAsGiven() throws {
        let call = CallFolder()
        let odd = call.write("elsewhere/_odd.txt", "id: odd\nturns: []\n")
        let found = try ScenarioLoader.discover([odd, call.path("scenarios"), call.path("scenarios/book.yaml")])
        #expect(found == [call.path("elsewhere/_odd.txt"), call.path("scenarios/book.yaml")])
    }

    @Test("a path that does not exist is an error naming it")
    func missingPath() {
        let call = CallFolder()
        let missing = call.path("nope")
        #expect { try ScenarioLoader.discover([call.path("scenarios"), missing]) } throws: { error in
            "\(error)" == "\(missing): no such file or directory"
        }
    }

    @Test("a valid folder validates clean")
    func clean() {
        let call = CallFolder()
        call.write("scenarios/second.yaml", "id: second\nagent: ../agents/receptionist.yaml\nturns:\n  - wait: 1000\n")
        #expect(ScenarioValidator.validate([call.path("scenarios")], defaultAgent: nil).isEmpty)
    }

    @Test("validation reports every broken file, not just the first")
    func collectsAll() {
        let call = CallFolder()
        call.write("scenarios/a-typo.yaml", "id: typo\nturns: []\nexpetc: {}\n")
        call.write("scenarios/c-range.yaml", "id: range\nturns: []\nmaxDurationMs: 10\n")
        let errors = ScenarioValidator.validate([call.path("scenarios")], defaultAgent: call.path("agents/receptionist.yaml"))
        #expect(errors.map(\.file) == [call.path("scenarios/a-typo.yaml"), call.path("scenarios/c-range.yaml")])
        #expect(errors.map(\.key) == ["expetc", "maxDurationMs"])
    }

    @Test("a scenario without an agent uses the default agent, which is checked too")
    func defaultAgent() {
        let call = CallFolder()
        call.write("agents/broken.yaml", "name: broken\nlatency: fast\nbrain: { flow: ../flows/missing.yaml }\n")
        let scenario = call.write("scenarios/book.yaml", "id: book\nturns: []\n")
        #expect(ScenarioValidator.validate([scenario], defaultAgent: call.path("agents/receptionist.yaml")).isEmpty)
        let errors = ScenarioValidator.validate([scenario], defaultAgent: call.path("agents/broken.yaml"))
        #expect(errors.count == 1)
        #expect(errors.first?.file == call.path("agents/broken.yaml"))
        #expect(errors.first?.key == "brain.flow")
        let none = ScenarioValidator.validate([scenario], defaultAgent: nil)
        #expect(none.map(\.key) == ["agent"])
    }

    @Test("an agent shared by many scenarios is reported once")
    func agentOnce() {
        let call = CallFolder()
        call.write("agents/receptionist.yaml", "name: r\nlatency: fast\n")
        call.write("scenarios/second.yaml", "id: second\nagent: ../agents/receptionist.yaml\nturns: []\n")
        let errors = ScenarioValidator.validate([call.path("scenarios")], defaultAgent: nil)
        #expect(errors.map(\.description) == ["\(call.path("agents/receptionist.yaml")):1: brain: is required"])
    }

    @Test("a folder without scenarios and a missing path are problems")
    func nothingFound() {
        let call = CallFolder()
        let empty = call.makeFolder("empty")
        let errors = ScenarioValidator.validate([empty, call.path("missing")], defaultAgent: nil)
        #expect(errors.map(\.file) == [empty, call.path("missing")])
    }
}
