import AgentInterface
import AgentTools
import CallAudio
import CallText
import SimTime

extension VoiceAgent {
    /// Lays a brain response out in simulated time: each model call costs its
    /// time-to-first-token, tokens follow at the model's rate, tool calls take their
    /// latency and start a new model call; tokens flow into the sentence buffer and
    /// complete sentences into TTS.
    func startReply(_ response: BrainResponse, trigger: AgentReply.Trigger, utterance: Int?, brainCompute: SimDuration,
                    brainBefore: BrainSnapshot? = nil) {
        generation += 1
        let gen = generation
        var reply = AgentReply(id: replies.count + 1, trigger: trigger, utteranceID: utterance, brainStart: now)
        reply.text = response.text
        reply.intent = response.intent
        replies.append(reply)
        let index = replies.count - 1
        output = .replying(ActiveReply(index: index, sentences: SentenceBuffer(minLength: parameters.sentenceMinLength),
                                       ttsCursor: now, brainBefore: brainBefore))
        trace.record(now, .brain, "request", nil, ["reply": "\(reply.id)", "trigger": trigger.rawValue, "intent": response.intent ?? ""])

        var t = now
        var needsModelCall = true
        var firstTokenScheduled = false
        var modelTime = SimDuration.zero, toolTime = SimDuration.zero
        var stepDelays = response.measuredDelays?.makeIterator()
        func modelCall() -> SimDuration {
            if let measured = stepDelays?.next() { return measured }
            let isFirst = modelTime == .zero && toolTime == .zero
            return latency.firstToken(measured: isFirst ? brainCompute : .zero)
        }
        for step in response.steps {
            switch step {
            case .say(let text):
                if needsModelCall {
                    let ttft = modelCall()
                    t = t + ttft
                    if !firstTokenScheduled { modelTime = modelTime + ttft }
                    needsModelCall = false
                }
                let tokens = Self.tokens(of: text)
                for (k, token) in tokens.enumerated() {
                    let at = t + latency.tokenInterval * k
                    let first = !firstTokenScheduled && k == 0
                    scheduler.schedule(at: at) { [weak self] in self?.deliverToken(token, reply: index, generation: gen, first: first) }
                }
                firstTokenScheduled = firstTokenScheduled || !tokens.isEmpty
                t = t + latency.tokenInterval * tokens.count
            case .tool(let call, let result):
                if needsModelCall {
                    let ttft = modelCall()
                    t = t + ttft
                    if !firstTokenScheduled { modelTime = modelTime + ttft }
                }
                let measured = tools?.computeTime(for: call.id) ?? .zero
                let fails = result.isError
                let toolLatency = latency.toolLatency(for: call.name, measured: measured)
                let callAt = t
                scheduler.schedule(at: callAt) { [weak self] in
                    self?.trace.record(callAt, .tool, "call", call.name, ["arguments": JSONValue.object(call.arguments).jsonString(), "reply": "\(index + 1)"])
                }
                t = t + toolLatency
                if !firstTokenScheduled { toolTime = toolTime + toolLatency }
                let doneAt = t
                scheduler.schedule(at: doneAt) { [weak self] in
                    self?.trace.record(doneAt, .tool, fails ? "error" : "result", call.name, ["result": result.content.jsonString(), "reply": "\(index + 1)"])
                }
                needsModelCall = true
            case .transfer(let reason, let summary):
                let end = EndReason.transfer(reason: reason, summary: summary)
                scheduler.schedule(at: t) { [weak self] in self?.pendingEnd = end }
            case .hangUp:
                scheduler.schedule(at: t) { [weak self] in self?.pendingEnd = .hangUp }
            }
        }
        replies[index].modelTimeBeforeFirstToken = modelTime
        replies[index].toolTimeBeforeFirstToken = toolTime
        scheduler.schedule(at: t) { [weak self] in self?.completeText(reply: index, generation: gen) }
    }

    /// Splits text into streamed tokens: the first word, then each further word with
    /// the space before it.
    static func tokens(of text: String) -> [String] {
        text.split(separator: " ", omittingEmptySubsequences: true).enumerated().map { $0 == 0 ? String($1) : " " + $1 }
    }

    private func deliverToken(_ token: String, reply index: Int, generation gen: Int, first: Bool) {
        guard gen == generation else { return }
        if first {
            replies[index].firstToken = now
            trace.record(now, .brain, "first.token", nil, ["reply": "\(replies[index].id)"])
        }
        var sentences: [String] = []
        updateActive { sentences = $0.sentences.append(token) }
        for sentence in sentences { submitSentence(sentence, reply: index, generation: gen) }
    }

    private func completeText(reply index: Int, generation gen: Int) {
        guard gen == generation else { return }
        var rest: String?
        updateActive { rest = $0.sentences.flush() }
        if let rest { submitSentence(rest, reply: index, generation: gen) }
        updateActive { $0.textComplete = true }
        trace.record(now, .brain, "done", replies[index].text, ["reply": "\(replies[index].id)"])
        finishReplyIfDrained()
    }

    /// Synthesizes a sentence and schedules its audio: first chunk after the first-byte
    /// latency, the rest at the provider's generation speed, never before the previous
    /// sentence's audio.
    private func submitSentence(_ sentence: String, reply index: Int, generation gen: Int) {
        replies[index].sentences.append(sentence)
        if replies[index].firstSentence == nil { replies[index].firstSentence = now }
        trace.record(now, .tts, "request", sentence, ["reply": "\(replies[index].id)"])
        let rate = parameters.lineSampleRate
        let audio: AudioBuffer
        let compute: SimDuration
        do {
            (audio, compute) = try cache.audio(sentence, synthesizer: synthesizer, rate: parameters.ttsRate, sampleRate: rate, measure: latency.measures.contains(.tts))
        } catch {
            trace.record(now, .tts, "error", "\(error)", ["reply": "\(replies[index].id)"])
            return
        }
        let samples = Silence.trimmed(audio.samples)
        guard !samples.isEmpty else { return }
        guard case .replying(let reply) = output else { return }
        let start = max(now + latency.ttsFirstByte(measured: compute), reply.ttsCursor)
        let chunk = rate / 10 // 100 ms
        let chunkTime = SimDuration.seconds(0.1 * latency.ttsRealTimeFactor)
        let firstWord = replies[index].sentences.dropLast().reduce(0) { $0 + $1.split(separator: " ").count }
        let words = Self.wordSpans(sentence, samples: samples.count, firstIndex: firstWord)
        var offset = 0, k = 0
        var at = start
        while offset < samples.count {
            let end = min(samples.count, offset + chunk)
            let overlapping = words.filter { $0.start < end && $0.end > offset }.map { word in
                WordSpan(index: word.index, text: word.text, start: word.start - offset, end: word.end - offset)
            }
            let piece = AudioChunk(samples: Array(samples[offset..<end]), words: overlapping)
            at = start + chunkTime * k
            updateActive { $0.pendingChunks += 1 }
            scheduler.schedule(at: at) { [weak self] in self?.deliverAudio(piece, reply: index, generation: gen) }
            offset += chunk
            k += 1
        }
        updateActive { $0.ttsCursor = at }
    }

    /// Where each word of a sentence lies in its `samples` samples of speech: the audio
    /// shared out by the words' length in letters (a word's share of the time follows its
    /// share of the text, closely enough to know which words a cut-off or a lossy line let
    /// through). Indexes count on from `firstIndex`, the words of the reply before it.
    static func wordSpans(_ sentence: String, samples: Int, firstIndex: Int) -> [WordSpan] {
        let words = sentence.split(separator: " ").map(String.init)
        let total = words.reduce(0) { $0 + $1.count + 1 }
        guard total > 0 else { return [] }
        var before = 0
        return words.enumerated().map { offset, word in
            let start = Int(Double(before) / Double(total) * Double(samples))
            before += word.count + 1
            let end = max(start + 1, Int(Double(before) / Double(total) * Double(samples)))
            return WordSpan(index: firstIndex + offset, text: word, start: start, end: min(samples, end))
        }
    }

    private func deliverAudio(_ piece: AudioChunk, reply index: Int, generation gen: Int) {
        guard gen == generation else { return }
        updateActive { $0.pendingChunks -= 1 }
        if replies[index].firstAudio == nil {
            replies[index].firstAudio = now
            trace.record(now, .tts, "first.audio", nil, ["reply": "\(replies[index].id)"])
        }
        playout.append(piece, reply: index)
    }
}
