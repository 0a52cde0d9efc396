import AgentInterface
import CallText
import SimTime

extension VoiceAgent {
    /// The next 20 ms of audio towards the caller, for the frame that begins now.
    public func nextFrame() -> AgentFrame {
        let length = parameters.lineSampleRate / 50
        guard let (owner, played) = playout.take(length) else { return AgentFrame(samples: [Float](repeating: 0, count: length), caption: nil) }
        var out = played
        if replies[owner].playoutStart == nil {
            replies[owner].playoutStart = now
            trace.record(now, .playout, "start", nil, ["reply": "\(replies[owner].id)"])
        }
        replies[owner].playedSamples += out.count
        if out.count < length { out.append(contentsOf: [Float](repeating: 0, count: length - out.count)) }
        let frame = AgentFrame(samples: out, caption: AgentCaption(reply: replies[owner].id, text: replies[owner].text, asks: replies[owner].asks))
        finishReplyIfDrained(frameEnd: now + .milliseconds(20))
        return frame
    }

    /// Ends the active reply once its text is complete and all its audio has gone out.
    func finishReplyIfDrained(frameEnd: SimInstant? = nil) {
        guard case .replying(let reply) = output, reply.textComplete, reply.pendingChunks == 0, playout.isEmpty else { return }
        let index = reply.index
        let end = frameEnd ?? now
        if replies[index].playoutStart != nil { replies[index].playoutEnd = end }
        trace.record(end, .playout, "end", nil, ["reply": "\(replies[index].id)"])
        output = .idle
        if let pendingEnd {
            endCall(pendingEnd, at: end)
            return
        }
        armNoInputTimer(from: end)
    }

    /// The caller talked over the agent long enough: stop, drop queued audio, listen.
    func bargeIn(by utterance: Int, heard: SimDuration) {
        guard let index = active else { return }
        utterances[utterance].interrupted = true
        replies[index].interruptedAt = now
        replies[index].playoutEnd = now
        trace.record(now, .agent, "barge.in", nil, ["reply": "\(replies[index].id)", "heardMs": "\(heard.milliseconds)"])
        stopOutput()
        if let pendingEnd { endCall(pendingEnd, at: now) }
    }

    /// The caller went on speaking before the reply's first audio: undo it and carry its
    /// transcript into the next one.
    func cancelPendingReply(because utterance: Int) {
        guard case .replying(let reply) = output else { return }
        let index = reply.index
        replies[index].cancelled = true
        trace.record(now, .agent, "reply.cancelled", nil, ["reply": "\(replies[index].id)"])
        if let answered = replies[index].utteranceID.flatMap({ id in utterances.firstIndex { $0.id == id } }) {
            utterances[answered].outcome = .merged
            carriedTranscript = [carriedTranscript, utterances[answered].transcript].filter { !$0.isEmpty }.joined(separator: " ")
        }
        if let before = reply.brainBefore { brain.restore(before) }
        pendingEnd = nil
        stopOutput()
    }

    private func stopOutput() {
        generation += 1
        playout.removeAll()
        output = .idle
    }

    func armNoInputTimer(from time: SimInstant) {
        if let noInputTimer { scheduler.cancel(noInputTimer) }
        noInputTimer = scheduler.schedule(at: time + .milliseconds(parameters.noInputTimeoutMs)) { [weak self] in
            guard let self, self.ended == nil, self.active == nil, self.current == nil else { return }
            self.noInputTimer = nil
            self.trace.record(self.now, .agent, "no.input")
            let (response, compute) = ComputeMeter.measure(self.latency.measures.contains(.brain)) { self.brain.noInput() }
            self.startReply(response, trigger: .noInput, utterance: nil, brainCompute: compute)
        }
    }

    func endCall(_ reason: EndReason, at time: SimInstant) {
        ended = reason
        endedAt = time
        if let noInputTimer { scheduler.cancel(noInputTimer) }
        switch reason {
        case .hangUp: trace.record(time, .agent, "hang.up")
        case .transfer(let why, let summary): trace.record(time, .agent, "transfer", summary, ["reason": why])
        }
    }
}
