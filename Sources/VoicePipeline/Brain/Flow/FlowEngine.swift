import AgentTools
import CallText

/// The deterministic brain: runs a `FlowDefinition` against the caller's transcripts.
///
/// Each turn, the node waiting for the caller interprets the transcript (intent, slots,
/// yes/no), then the engine walks through say, tool, branch and clear nodes, collecting
/// what to say and which tools were called, until it reaches the next node that waits
/// for the caller, or the end of the call.
public final class FlowEngine: ResponseGenerating {
    /// The flow being run.
    public let flow: FlowDefinition
    let tools: any ToolProviding
    let context: FlowContext
    let matcher: IntentMatcher
    /// The flow's `notNames`, as normalized words.
    let notNames: Set<String>
    var state = FlowState()

    static let maxTransitions = 64

    /// Creates an engine for `flow` calling `tools`.
    public init(flow: FlowDefinition, tools: any ToolProviding, context: FlowContext) {
        self.flow = flow
        self.tools = tools
        self.context = context
        self.notNames = Set(flow.notNames.flatMap { TextNormalizer.words($0) })
        self.matcher = IntentMatcher(intents: flow.intents.map { IntentMatcher.Intent(name: $0.name, keywords: $0.keywords, examples: $0.examples) })
    }

    /// The slots filled so far (value form).
    public var slots: [String: String] { state.slots.mapValues(\.value) }

    public func greet() -> BrainResponse {
        var output = Output()
        run(from: flow.start, into: &output)
        return output.response(intent: nil)
    }

    public func respond(to transcript: String) -> BrainResponse {
        state.transcript.append(transcript)
        state.silences = 0
        var output = Output()
        guard let waiting = state.waiting, let node = flow.nodes[waiting] else {
            return output.response(intent: state.intent)
        }
        // "Yes, I'm still here" answers the no-input prompt, not the question before it:
        // that question is asked again.
        if state.askedIfThere {
            state.askedIfThere = false
            if Self.isPresence(transcript) {
                state.waiting = nil
                run(from: waiting, into: &output)
                return output.response(intent: state.intent)
            }
        }
        let next = interpret(transcript, at: node, into: &output)
        if let next { run(from: next, into: &output) }
        return output.response(intent: state.intent)
    }

    public func noInput(heardSound: Bool) -> BrainResponse {
        var output = Output()
        state.silences += 1
        guard state.waiting != nil else { return output.response(intent: state.intent) }
        if state.silences > flow.noInput.maxAttempts {
            run(from: heardSound ? flow.noInput.unclear ?? flow.noInput.then : flow.noInput.then, into: &output)
        } else {
            output.say(render(flow.noInput.prompt))
            state.askedIfThere = true
        }
        return output.response(intent: state.intent)
    }

    /// True for an answer that only says the caller is there ("yes", "I'm still here").
    static func isPresence(_ transcript: String) -> Bool {
        let words = TextNormalizer.words(transcript)
        if words.contains("here") && words.count <= 6 { return true }
        return words.count <= 3 && YesNo.classify(transcript) == true
    }

    public func snapshot() -> BrainSnapshot { BrainSnapshot(state) }

    public func restore(_ snapshot: BrainSnapshot) {
        if let saved = snapshot.get(FlowState.self) { state = saved }
    }

    // MARK: - Walking the flow

    /// Collects the steps of one response.
    struct Output {
        var steps: [BrainResponse.Step] = []

        mutating func say(_ text: String) {
            guard !text.isEmpty else { return }
            if case .say(let previous) = steps.last {
                steps[steps.count - 1] = .say(previous + " " + text)
            } else {
                steps.append(.say(text))
            }
        }

        func response(intent: String?) -> BrainResponse {
            BrainResponse(steps: steps, intent: intent)
        }
    }

    /// Runs from `nodeID` until a node waits for the caller or the call ends.
    func run(from nodeID: String, into output: inout Output) {
        var id = nodeID
        for _ in 0..<Self.maxTransitions {
            guard let node = flow.nodes[id] else {
                output.say(render("I'm sorry, something went wrong on my side."))
                output.steps.append(.hangUp)
                state.waiting = nil
                return
            }
            state.attempts = id == state.waiting ? state.attempts : 0
            switch node.action {
            case .say(let text, let next):
                output.say(render(text))
                id = next
                continue
            case .listen(let listen):
                if let prompt = listen.prompt { output.say(render(prompt)) }
                state.waiting = id
                return
            case .ask(let slot, let prompt, _, _, _, let next, _):
                if state.slots[slot] != nil { id = next; continue }
                output.say(render(prompt))
                state.waiting = id
                return
            case .confirm(let prompt, _, _, _, _, _, _, _):
                output.say(render(prompt))
                state.waiting = id
                return
            case .tool(let name, let arguments, let outcomes, let next, let onError, let retries):
                id = callTool(name, arguments: arguments, outcomes: outcomes, next: next, onError: onError, retries: retries, into: &output)
                continue
            case .branch(let value, let cases, let otherwise):
                let rendered = render(value)
                id = cases.sorted { $0.key < $1.key }.first { render($0.key) == rendered }?.value ?? otherwise
                continue
            case .set(let values, let next):
                for (name, template) in values.sorted(by: { $0.key < $1.key }) { assign(name, render(template)) }
                id = next
                continue
            case .clear(let names, let next):
                for name in names { state.slots[name] = nil }
                id = next
                continue
            case .transfer(let text, let reason):
                output.say(render(text))
                let summary = transferSummary()
                if let tool = context.handoffTool {
                    _ = callTool(tool, arguments: ["reason": reason, "summary": summary], outcomes: [:], next: "", onError: "", retries: 0, into: &output, literal: true)
                }
                output.steps.append(.transfer(reason: render(reason), summary: summary))
                state.waiting = nil
                return
            case .end(let text):
                output.say(render(text))
                output.steps.append(.hangUp)
                state.waiting = nil
                return
            }
        }
        output.steps.append(.hangUp)
        state.waiting = nil
    }

    private func callTool(_ name: String, arguments: [String: String], outcomes: [String: String], next: String, onError: String,
                          retries: Int, into output: inout Output, literal: Bool = false) -> String {
        var args: [String: JSONValue] = [:]
        for (key, template) in arguments {
            let value = literal ? template : render(template)
            if !value.isEmpty { args[key] = .string(value) }
        }
        var result = ToolResult(content: .null, isError: true)
        for _ in 0...max(0, retries) {
            state.toolCalls += 1
            let call = ToolCall(id: "call_\(state.toolCalls)", name: name, arguments: args)
            result = tools.call(call)
            output.steps.append(.tool(call, result))
            // A refused request fails the same way again; only a failing service is retried.
            if !result.isError || !result.retryable { break }
        }
        state.result = result.content
        if result.isError {
            if !result.retryable, let refused = outcomes[Self.refusedOutcome] { return refused }
            return onError
        }
        if let status = result.content["status"]?.string, let target = outcomes[status] { return target }
        return next
    }

    /// The outcome a tool node routes a refused request to (`{"error": …}` that is not
    /// the service failing: a time outside office hours), when it names one.
    static let refusedOutcome = "refused"

    private func transferSummary() -> String {
        let slots = state.slots.keys.sorted().map { "\($0)=\(state.slots[$0]!.value)" }.joined(separator: ", ")
        let said = state.transcript.suffix(6).joined(separator: " | ")
        return "intent: \(state.intent ?? "unknown"); slots: \(slots.isEmpty ? "none" : slots); caller said: \(said)"
    }
}
