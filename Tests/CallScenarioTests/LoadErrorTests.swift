import TestSupport
import Foundation
import Testing
@testable import CallScenario

/// A broken input and the error it must produce: which file, line and key, and a
/// phrase of the message.
struct LoadErrorCase: Sendable, CustomTestStringConvertible {
    enum Action: Sendable {
        /// Load scenarios/book.yaml.
        case scenario
        /// Load agents/receptionist.yaml with these overrides.
        case agent([String])
        /// Validate the scenarios folder.
        case validate
    }

    let name: String
    /// Files (relative to the call folder) replaced or added before the action.
    let files: [String: String]
    let action: Action
    /// The file the error must name, relative to the call folder.
    let file: String
    /// The key the error must name, if any.
    let key: String?
    /// Text on the line the error must point at, or nil when it names no line.
    let marker: String?
    /// A phrase the message must contain.
    let message: String

    init(_ name: String, _ files: [String: String] = [:], _ action: Action = .scenario, file: String = "scenarios/book.yaml",
         key: String?, at marker: String?, _ message: String) {
        self.name = name
        self.files = files
        self.action = action
        self.file = file
        self.key = key
        self.marker = marker
        self.message = message
    }

    var testDescription: String { name }
}

@Suite("Load errors name file:line: key")
struct LoadErrorTests {
    static let agent = CallFolder.agent
    static func scenario(_ text: String) -> [String: String] { ["scenarios/book.yaml": text] }
    static func agent(_ text: String) -> [String: String] { ["agents/receptionist.yaml": text] }
    static func turns(_ text: String) -> [String: String] { scenario("id: book\nturns:\n" + text) }

    static let cases: [LoadErrorCase] = [
        // Unknown keys, with a suggestion.
        .init("unknown top-level key", scenario("id: book\ndescripton: x\nturns: []\n"), key: "descripton", at: "descripton", "did you mean 'description'"),
        .init("unknown nested key", scenario("id: book\ncaller:\n  reactonMs: 300\nturns: []\n"), key: "caller.reactonMs", at: "reactonMs", "did you mean 'reactionMs'"),
        .init("unknown key in a turn", turns("  - say: hi\n    bargein: { afterAgentStartMs: 1 }\n"), key: "turns[0].bargein", at: "bargein", "did you mean 'bargeIn'"),
        .init("unknown agent key", agent(agent + "\nvad: { thresholdDB: 9 }\n"), .agent([]), file: "agents/receptionist.yaml",
              key: "vad.thresholdDB", at: "thresholdDB", "did you mean 'thresholdDb'"),
        .init("unknown flite voice", scenario("id: book\ncaller: { voice: flite/rsm }\nturns: []\n"), key: "caller.voice", at: "rsm", "did you mean 'flite/rms'"),
        .init("unknown espeak voice", scenario("id: book\ncaller:\n  voice: espeak/en-bogus\nturns: []\n"), key: "caller.voice", at: "en-bogus",
              "unknown espeak voice 'en-bogus'"),
        .init("espeak voice with a typo", scenario("id: book\ncaller: { voice: espeak/en-uss }\nturns: []\n"), key: "caller.voice", at: "en-uss",
              "unknown espeak voice 'en-uss' (did you mean 'en-us'?)"),
        .init("unknown espeak variant", turns("  - say: hi\n    voice: espeak/en-gb+f9\n"), key: "turns[0].voice", at: "en-gb+f9", "unknown espeak variant 'f9'"),
        .init("espeak variant in the wrong case", scenario("id: book\ncaller: { voice: espeak/en-us+F3 }\nturns: []\n"), key: "caller.voice", at: "en-us+F3",
              "unknown espeak variant 'F3' (did you mean 'f3'?)"),
        .init("two espeak variants", scenario("id: book\ncaller: { voice: espeak/en-us+f3+m2 }\nturns: []\n"), key: "caller.voice", at: "f3+m2",
              "is not espeak/voice or espeak/voice+variant"),
        .init("unknown espeak voice of the agent", agent(agent + "\ntts:\n  voice: espeak/xx-nowhere\n"), .agent([]), file: "agents/receptionist.yaml",
              key: "tts.voice", at: "xx-nowhere", "unknown espeak voice 'xx-nowhere'"),
        // Wrong types.
        .init("text for a number", scenario("id: book\nturns: []\nmaxDurationMs: soon\n"), key: "maxDurationMs", at: "soon", "expected an integer, found 'soon'"),
        .init("scalar for a list", scenario("id: book\nturns: hello\n"), key: "turns", at: "hello", "expected a list"),
        .init("quoted number", scenario("id: book\nline: { delayMs: \"80\" }\nturns: []\n"), key: "line.delayMs", at: "delayMs", "expected an integer"),
        .init("not a boolean", scenario("id: book\nturns: []\nexpect: { completed: maybe }\n"), key: "expect.completed", at: "maybe", "expected true or false"),
        .init("agent file that is a list", agent("- a\n- b\n"), .agent([]), file: "agents/receptionist.yaml", key: nil, at: "- a", "expected a mapping, found a list"),
        // Out of range.
        .init("out of range", scenario("id: book\nline:\n  codec: mulaw\n  jitterMs: 900\nturns: []\n"), key: "line.jitterMs", at: "900", "900 is out of range (0…500)"),
        .init("out of range in an agent", agent(agent + "\nendpointing:\n  minSilenceMs: 50\n"), .agent([]), file: "agents/receptionist.yaml",
              key: "endpointing.minSilenceMs", at: "minSilenceMs: 50", "out of range (100…5000)"),
        .init("out of range in a profile", ["profiles/fast.yaml": "name: fast\nllm:\n  tokensPerSecond: 0\n"], .agent([]), file: "profiles/fast.yaml",
              key: "llm.tokensPerSecond", at: "tokensPerSecond", "out of range (1…1000)"),
        .init("p95 below p50", ["profiles/fast.yaml": "name: fast\nllm:\n  ttftMs:\n    lognormal: { p50: 500, p95: 400 }\n"], .agent([]), file: "profiles/fast.yaml",
              key: "llm.ttftMs.lognormal.p95", at: "p95", "must be at least p50"),
        .init("gilbert r of 0", scenario("id: book\nline: { loss: { model: gilbert, p: 0.1, r: 0 } }\nturns: []\n"), key: "line.loss.r", at: "gilbert", "must be more than 0"),
        .init("maximum below minimum", agent(agent + "\nendpointing:\n  minSilenceMs: 800\n  maxSilenceMs: 600\n"), .agent([]), file: "agents/receptionist.yaml",
              key: "endpointing.maxSilenceMs", at: "maxSilenceMs", "must be at least minSilenceMs (800)"),
        // Speech services: each engine with its own settings, only there.
        .init("http STT without its service", agent(agent + "\nstt:\n  engine: http\n"), .agent([]), file: "agents/receptionist.yaml",
              key: "stt", at: "engine: http", "needs its service: stt.http"),
        .init("service settings for pocketsphinx", agent(agent + "\nstt:\n  engine: pocketsphinx\n  http: { baseURL: http://x/v1, model: m }\n"), .agent([]),
              file: "agents/receptionist.yaml", key: "stt.http", at: "http: {", "only used with engine: http"),
        .init("service URL without a scheme", agent(agent + "\nstt:\n  engine: http\n  http: { baseURL: localhost:8000, model: m }\n"), .agent([]),
              file: "agents/receptionist.yaml", key: "stt.http.baseURL", at: "localhost:8000", "is not an http:// or https:// URL"),
        .init("http voice without its service", agent(agent + "\ntts:\n  voice: http/alloy\n"), .agent([]), file: "agents/receptionist.yaml",
              key: "tts", at: "voice: http/alloy", "needs its service: tts.http"),
        .init("a caller cannot use a speech service", scenario("id: book\ncaller: { voice: http/alloy }\nturns: []\n"), key: "caller.voice", at: "http/alloy",
              "unknown voice engine 'http'"),
        .init("noise that ends before it starts", scenario("id: book\nnoise: { type: pink, snrDb: 10, startMs: 500, endMs: 500 }\nturns: []\n"),
              key: "noise.endMs", at: "endMs", "must be after startMs"),
        .init("negative budget", scenario("id: book\nturns: []\nexpect:\n  budgets:\n    deadAirMs: -1\n"), key: "expect.budgets.deadAirMs", at: "-1",
              "must be 0 or more, found -1"),
        .init("invalid id", scenario("id: Book\nturns: []\n"), key: "id", at: "Book", "not a valid id"),
        .init("unknown persona", scenario("id: book\ncaller:\n  persona: grumpy\nturns: []\n"), key: "caller.persona", at: "grumpy",
              "unknown persona 'grumpy'; presets: cooperative, elderly, forgetful, hesitant, impatient, terse"),
        .init("unknown persona preset", scenario("id: book\ncaller:\n  persona: { preset: grumpy, patience: 2 }\nturns: []\n"),
              key: "caller.persona.preset", at: "grumpy", "'grumpy' is not one of cooperative, elderly"),
        .init("bad DTMF", turns("  - dtmf: 12a\n"), key: "turns[0].dtmf", at: "12a", "use only 0-9, * and #"),
        .init("bad backend date", agent(agent.replacingOccurrences(of: "2025-03-10", with: "2025-02-30")), .agent([]), file: "agents/receptionist.yaml",
              key: "backend.today", at: "2025-02-30", "not a date"),
        // Missing required keys point at their mapping.
        .init("missing id", scenario("description: x\nturns: []\n"), key: "id", at: "description: x", "is required"),
        .init("missing turns", scenario("id: book\n"), key: "turns", at: "id: book", "is required (or a caller.goal to act on)"),
        .init("missing snrDb", scenario("id: book\nnoise:\n  type: babble\nturns: []\n"), key: "noise.snrDb", at: "type: babble", "is required"),
        .init("missing flow", agent("name: receptionist\nlatency: fast\nbrain: { type: flow }\n"), .agent([]), file: "agents/receptionist.yaml",
              key: "brain.flow", at: "brain:", "is required"),
        .init("missing profile name", ["profiles/fast.yaml": "description: nameless\n"], .agent([]), file: "profiles/fast.yaml",
              key: "name", at: "nameless", "is required"),
        // Turns.
        .init("turn with two kinds", turns("  - say: hi\n    wait: 300\n"), key: "turns[0].wait", at: "wait: 300", "both 'say' and 'wait'"),
        .init("turn with no kind", turns("  - say: hi\n  - voice: flite/rms\n"), key: "turns[1]", at: "voice", "a turn needs one of"),
        .init("voice on audio", turns("  - audio: ../audio/hello.wav\n    voice: flite/rms\n"), key: "turns[0].voice", at: "voice", "does not apply to audio turns"),
        .init("bargeIn on wait", turns("  - wait: 500\n    bargeIn: { afterAgentStartMs: 100 }\n"), key: "turns[0].bargeIn", at: "bargeIn", "does not apply to wait turns"),
        .init("bargeIn on backchannel", turns("  - backchannel: uh huh\n    bargeIn: { afterAgentStartMs: 100 }\n"), key: "turns[0].bargeIn", at: "bargeIn",
              "does not apply to backchannel turns"),
        .init("text on say", turns("  - say: hi\n    text: hi\n"), key: "turns[0].text", at: "text:", "does not apply to say turns"),
        .init("pause.afterWord on audio", turns("  - audio: ../audio/hello.wav\n    pause:\n      afterWord: 2\n      ms: 500\n"), key: "turns[0].pause.afterWord",
              at: "afterWord", "use atMs"),
        .init("pause after the last word", turns("  - say: Hi there\n    pause: { afterWord: 2, ms: 500 }\n"), key: "turns[0].pause.afterWord", at: "afterWord",
              "not inside the sentence (it has 2 words)"),
        .init("pause with both positions", turns("  - say: Hi there you\n    pause: { afterWord: 1, atMs: 300, ms: 500 }\n"), key: "turns[0].pause.atMs", at: "atMs",
              "either afterWord or atMs"),
        .init("loss key of the other model", scenario("id: book\nline:\n  loss: { model: bernoulli, rate: 0.1, p: 0.2 }\nturns: []\n"), key: "line.loss.p", at: "bernoulli",
              "belongs to the gilbert model"),
        .init("humHz without hum", scenario("id: book\nnoise: { type: white, snrDb: 10, humHz: 50 }\nturns: []\n"), key: "noise.humHz", at: "humHz", "applies only to type: hum"),
        // Missing files.
        .init("missing audio file", turns("  - audio: ../audio/missing.wav\n"), key: "turns[0].audio", at: "missing.wav", "file not found: ../audio/missing.wav"),
        .init("missing agent file", scenario("id: book\nagent: ../agents/nope.yaml\nturns: []\n"), key: "agent", at: "nope.yaml", "file not found"),
        .init("missing fixtures folder", agent(agent.replacingOccurrences(of: "fixtures: ../fixtures", with: "fixtures: ../nowhere")), .agent([]),
              file: "agents/receptionist.yaml", key: "backend.fixtures", at: "nowhere", "file not found"),
        .init("fixtures that is a file", agent(agent.replacingOccurrences(of: "fixtures: ../fixtures", with: "fixtures: ../prompts/system.txt")), .agent([]),
              file: "agents/receptionist.yaml", key: "backend.fixtures", at: "system.txt", "not a directory"),
        .init("unknown latency profile", agent(agent.replacingOccurrences(of: "latency: fast", with: "latency: turbo")), .agent([]), file: "agents/receptionist.yaml",
              key: "latency", at: "turbo", "no latency profile 'turbo'"),
        // YAML syntax.
        .init("YAML syntax error", scenario("id: book\ncaller:\n  voice: flite/rms\n   rate: 1\nturns: []\n"), key: nil, at: "rate: 1", "YAML syntax"),
        .init("file with no document", scenario("# nothing here\n"), key: nil, at: "nothing here", "the file is empty"),
        // Across files.
        .init("duplicate ids", ["scenarios/copy.yaml": "# the same call again\nid: book\nturns: []\n"], .validate, file: "scenarios/copy.yaml", key: "id",
              at: "id: book", "duplicate id 'book' (also used by "),
        // Overrides.
        .init("bad override key", [:], .agent(["endpointing.minSlienceMs", "900"]), file: "agents/receptionist.yaml", key: "endpointing.minSlienceMs", at: nil,
              "did you mean 'minSilenceMs'"),
        .init("bad override key in the profile", [:], .agent(["latency.llm.ttfMs", "300"]), file: "profiles/fast.yaml", key: "latency.llm.ttfMs", at: nil,
              "(from --set latency.llm.ttfMs=300)"),
        .init("bad override value", [:], .agent(["vad.startMs", "5"]), file: "agents/receptionist.yaml", key: "vad.startMs", at: nil,
              "5 is out of range (20…500) (from --set vad.startMs=5)"),
        .init("override of an unknown profile", [:], .agent(["latency", "warp"]), file: "agents/receptionist.yaml", key: "latency", at: nil,
              "no latency profile 'warp'"),
    ]

    @Test("each broken input gives its file:line: key prefix", arguments: cases)
    func located(_ c: LoadErrorCase) throws {
        let call = CallFolder(replacing: c.files)
        let found = try #require(Self.firstError(c.action, in: call), "no error for \(c.name)")
        var prefix = call.path(c.file)
        if let marker = c.marker {
            let text = try String(contentsOfFile: call.path(c.file), encoding: .utf8)
            prefix += ":\(line(of: marker, in: text))"
        }
        prefix += c.key.map { ": \($0): " } ?? ": "
        #expect("\(found)".hasPrefix(prefix), "\(found)\nexpected prefix: \(prefix)")
        #expect(found.message.contains(c.message), "\(found)")
        if case .agent(let pair) = c.action, !pair.isEmpty {
            #expect(found.message.contains("(from --set \(pair[0])=\(pair[1]))"), "\(found)")
        }
    }

    static func firstError(_ action: LoadErrorCase.Action, in call: CallFolder) -> ScenarioError? {
        do {
            switch action {
            case .scenario:
                _ = try ScenarioLoader.loadScenario(call.path("scenarios/book.yaml"))
            case .agent(let pair):
                let overrides = stride(from: 0, to: pair.count, by: 2).map { (key: pair[$0], value: pair[$0 + 1]) }
                _ = try ScenarioLoader.loadAgent(call.path("agents/receptionist.yaml"), overrides: overrides)
            case .validate:
                return ScenarioValidator.validate([call.path("scenarios")], defaultAgent: nil).first
            }
            return nil
        } catch {
            return error
        }
    }
}
