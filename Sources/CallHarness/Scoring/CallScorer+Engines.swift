import VoicePipeline

extension CallScorer {
    /// The agent's recognizer or voice failed (a speech service that did not answer, an
    /// engine error): the caller of a production agent would have met the failure, so
    /// the call fails, with the count and the first error.
    func engineFailures() -> [String] {
        let errors = result.trace.filter { $0.kind == "error" }
        let stt = errors.filter { $0.lane == .stt }, tts = errors.filter { $0.lane == .tts }
        var failures: [String] = []
        if let first = stt.first {
            failures.append("the agent's recognizer failed on \(stt.count) utterance(s): \(first.text ?? "unknown error")")
        }
        if let first = tts.first {
            failures.append("the agent's voice failed on \(tts.count) sentence(s): \(first.text ?? "unknown error")")
        }
        return failures
    }
}
