import TestSupport

/// A temporary folder laid out like a project's Scenarios folder: an agent, its flow,
/// fixtures, latency profiles, an audio file and one scenario.
final class CallFolder {
    static let agent = """
        name: receptionist
        latency: fast
        brain:
          type: flow
          flow: ../flows/reception.yaml
        backend:
          type: hospital
          fixtures: ../fixtures
          today: 2025-03-10
        """

    static let fastProfile = """
        name: fast
        llm:
          ttftMs: 100
        """

    static let slowProfile = """
        name: slow
        llm:
          ttftMs: { lognormal: { p50: 900, p95: 1500 } }
        """

    static let scenario = """
        id: book
        agent: ../agents/receptionist.yaml
        turns:
          - say: Hello there
        """

    let folder = TempFolder()
    var root: String { folder.root }

    /// Writes the standard files; `replacing` swaps in other contents for some of them.
    init(replacing files: [String: String] = [:]) {
        let standard = [
            "agents/receptionist.yaml": Self.agent,
            "profiles/fast.yaml": Self.fastProfile,
            "profiles/slow.yaml": Self.slowProfile,
            "flows/reception.yaml": "start: greet\n",
            "scenarios/book.yaml": Self.scenario,
            "audio/hello.wav": "RIFF",
            "audio/street.wav": "RIFF",
            "prompts/system.txt": "You are a receptionist.\n",
        ]
        for (relative, text) in standard.merging(files, uniquingKeysWith: { $1 }) { folder.write(relative, text) }
        folder.makeFolder("fixtures")
    }

    /// The absolute path of `relative`.
    func path(_ relative: String) -> String { folder.path(relative) }

    /// Writes `text` to `relative` and returns its absolute path.
    @discardableResult
    func write(_ relative: String, _ text: String) -> String { folder.write(relative, text) }

    /// Creates the folder `relative` and returns its absolute path.
    @discardableResult
    func makeFolder(_ relative: String) -> String { folder.makeFolder(relative) }
}
