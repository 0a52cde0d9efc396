import CallText

extension FlowEngine {
    /// Interprets the caller's words at the waiting node; returns the node to run next,
    /// or nil to keep waiting (after a re-prompt).
    func interpret(_ transcript: String, at node: FlowNode, into output: inout Output) -> String? {
        let global = globalRoute(transcript)
        switch node.action {
        case .listen(let listen):
            // Slots mentioned count only when the turn is understood: an intent, or enough
            // slots at once ("Doctor Johnson tomorrow at two").
            let before = state.slots
            captureSlots(listen.capture, from: transcript)
            let captured = state.slots.count - before.count
            if let match = matcher.match(transcript), let target = listen.routes[match.name] ?? flow.globalRoutes[match.name] {
                if let confirm = listen.ambiguous[match.name], captured > 0 || hasRival(of: match, in: transcript) {
                    state.slots = before
                    return confirm
                }
                if listen.routes[match.name] != nil { state.intent = match.name }
                return target
            }
            if let ifCaptured = listen.ifCaptured, captured >= listen.captureAtLeast { return ifCaptured }
            state.slots = before
            return retry(reprompt: listen.reprompt, maxAttempts: listen.maxAttempts, fallback: listen.fallback, into: &output)
        case .ask(let slot, _, let reprompt, let maxAttempts, let capture, let next, let fallback):
            if let value = parse(slot, from: transcript, asked: true) {
                state.slots[slot] = value
                captureSlots(capture.filter { $0 != slot }, from: transcript)
                return next
            }
            if let global { return global }
            return retry(reprompt: reprompt, maxAttempts: maxAttempts, fallback: fallback, into: &output)
        case .confirm(let prompt, let yes, let no, let changed, let capture, let reprompt, let maxAttempts, let fallback):
            let before = state.slots
            switch YesNo.classify(transcript, question: render(prompt)) {
            case true?:
                return yes
            case false?:
                captureSlots(capture, from: transcript, overwrite: true)
                return state.slots != before ? changed ?? no : no
            case nil:
                if let global { return global }
                // A correction without "no" ("Wednesday instead") counts as no.
                captureSlots(capture, from: transcript, overwrite: true)
                if state.slots != before { return changed ?? no }
                return retry(reprompt: reprompt, maxAttempts: maxAttempts, fallback: fallback, into: &output)
            }
        default:
            return nil
        }
    }

    /// True when another intent scores nearly as high as `match` (within 0.15).
    private func hasRival(of match: (name: String, score: Double), in transcript: String) -> Bool {
        matcher.scores(transcript).contains { $0.name != match.name && $0.score >= matcher.threshold && $0.score >= match.score - 0.15 }
    }

    /// A global intent ("human", "goodbye") said where a slot was expected.
    private func globalRoute(_ transcript: String) -> String? {
        guard let match = matcher.match(transcript), match.score >= 0.8, let target = flow.globalRoutes[match.name] else { return nil }
        return target
    }

    private func retry(reprompt: String, maxAttempts: Int, fallback: String, into output: inout Output) -> String? {
        state.attempts += 1
        if state.attempts >= maxAttempts { return fallback }
        output.say(render(reprompt))
        return nil
    }

    /// Fills any of `names` the transcript mentions.
    func captureSlots(_ names: [String], from transcript: String, overwrite: Bool = false) {
        for name in names where overwrite || state.slots[name] == nil {
            if let value = parse(name, from: transcript) { state.slots[name] = value }
        }
    }
}
