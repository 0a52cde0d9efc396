import Testing
@testable import CallScenario

@Suite("External agent files")
struct ExternalAgentFileTests {
    static let full = """
        name: staging agent
        description: Our Pipecat agent behind Twilio.
        vocabulary: [Patel]
        external:
          protocol: telnyx
          url: wss://agent.example.com/media?token=${AGENT_TOKEN}
          customParameters: { tenant: acme, locale: en-US }
          headers:
            Authorization: "Bearer ${AGENT_TOKEN}"
            X-Suite: callharness
          connectTimeoutMs: 2500
          callTimeoutMs: 90000
          escalation: { closedAfterMark: transfer }
          today: "2025-06-02"
        """

    @Test("every key of an external agent lands in the model, secrets unresolved")
    func fullAgent() throws {
        let folder = CallFolder()
        let a = try ScenarioLoader.loadAgent(folder.write("agents/external.yaml", Self.full))
        let external = try #require(a.external)
        #expect(a.name == "staging agent" && a.vocabulary == ["Patel"])
        #expect(external == ExternalAgentConfig(mediaProtocol: .telnyx, url: "wss://agent.example.com/media?token=${AGENT_TOKEN}",
                                                customParameters: ["tenant": "acme", "locale": "en-US"],
                                                headers: ["Authorization": "Bearer ${AGENT_TOKEN}", "X-Suite": "callharness"],
                                                connectTimeoutMs: 2500, callTimeoutMs: 90000, escalation: .closedAfterMark("transfer"),
                                                today: "2025-06-02"))
        #expect(a.latency.name == AgentConfig.realTimeProfile)
        #expect(!a.isReproducible)
    }

    @Test("defaults: Twilio, a 5 s connect timeout, the scenario's own call limit, phrases as escalation")
    func defaults() throws {
        let folder = CallFolder()
        let a = try ScenarioLoader.loadAgent(folder.write("x/agent.yaml", "name: a\nexternal:\n  url: ws://127.0.0.1:9/\n  escalation: { says: let me transfer you }\n"))
        #expect(a.external == ExternalAgentConfig(url: "ws://127.0.0.1:9/", escalation: .says(["let me transfer you"])))
    }

    @Test("--set external.url replaces the URL and is checked like the file's")
    func override() throws {
        let folder = CallFolder()
        let file = folder.write("agents/external.yaml", Self.full)
        let a = try ScenarioLoader.loadAgent(file, overrides: [("external.url", "ws://127.0.0.1:4321/media")])
        #expect(a.external?.url == "ws://127.0.0.1:4321/media")
        let error = #expect(throws: ScenarioError.self) { try ScenarioLoader.loadAgent(file, overrides: [("external.url", "http://x/")]) }
        #expect(error?.description.contains("--set external.url=http://x/") == true)
    }

    @Test("bad external files name the file, the line and the key", arguments: [
        ("name: a\nexternal:\n  url: http://host/\n", 3, "external.url", "not a ws:// or wss:// URL"),
        ("name: a\nexternal:\n  url: ws:///path\n", 3, "external.url", "names no host"),
        ("name: a\nexternal:\n  url: ws://h/\n  protocol: sip\n", 4, "external.protocol", "is not one of twilio, telnyx, plivo, vonage, pcm16"),
        ("name: a\nexternal:\n  url: ws://h/\n  headers: { Authorization: \"Bearer ${not a name}\" }\n", 4, "external.headers.Authorization", "must name an environment variable"),
        ("name: a\nexternal:\n  url: ws://h/\n  connectTimeoutMs: 10\n", 4, "external.connectTimeoutMs", "out of range"),
        ("name: a\nexternal:\n  url: ws://h/\n  escalation: { says: bye, closedAfterMark: x }\n", 4, "external.escalation", "needs one of says or closedAfterMark"),
        ("name: a\nexternal:\n  url: ws://h/\n  today: 2025-02-30\n", 4, "external.today", "YYYY-MM-DD"),
        ("name: a\nexternal:\n  url: ws://h/\n  urll: ws://h/\n", 4, "external.urll", "did you mean 'url'"),
        ("name: a\nbrain: { flow: x.yaml }\nexternal:\n  url: ws://h/\n", 2, "brain", "unknown key"),
    ])
    func badFiles(_ text: String, _ line: Int, _ key: String, _ message: String) throws {
        let folder = CallFolder()
        let file = folder.write("agents/bad.yaml", text)
        let error = #expect(throws: ScenarioError.self) { try ScenarioLoader.loadAgent(file) }
        #expect(error?.line == line)
        #expect(error?.key == key)
        #expect(error?.description.contains(message) == true, "\(error?.description ?? "")")
        #expect(error?.description.contains(file) == true)
    }

    @Test("a header's value is never quoted in an error")
    func secretNotQuoted() throws {
        let folder = CallFolder()
        let file = folder.write("agents/bad.yaml", "name: a\nexternal:\n  url: ws://h/\n  headers: { Authorization: \"sk-live-123 ${oops\" }\n")
        let error = #expect(throws: ScenarioError.self) { try ScenarioLoader.loadAgent(file) }
        #expect(error?.description.contains("sk-live-123") == false)
    }

    @Test("a file with external is an agent")
    func kind() {
        let folder = CallFolder()
        #expect(ScenarioLoader.kind(of: folder.write("elsewhere/a.yaml", Self.full)) == .agent)
    }
}
