import CallText
import SimTime

extension VoiceAgent {
    /// The next 20 ms of audio towards the caller, for the frame that begins now.
    public func nextFrame() -> AgentFrame {
        let length = parameters.lineSampleRate / 50
        guard !playout.isEmpty else { return AgentFrame(samples: [Float](repeating: 0, count: length), replyID: nil) }
        var out: [Float] = []
        out.reserveCapacity(length)
        let owner = playout[0].reply
        while out.count < length, let head = playout.first, head.reply == owner {
            let take = min(length - out.count, head.samples.count - playoutOffset)
            out.append(contentsOf: head.samples[playoutOffset..<(playoutOffset + take)])
            playoutOffset += take
            if playoutOffset == head.samples.count {
                playout.removeFirst()
                playoutOffset = 0
            }
        }
        if replies[owner].playoutStart == nil {
            replies[owner].playoutStart = now
            trace.record(now, .playout, "start", nil, ["reply": "\(replies[owner].id)"])
        }
        replies[owner].playedSamples += out.count
        if out.count < length { out.append(contentsOf: [Float](repeating: 0, count: length - out.count)) }
        let frame = AgentFrame(samples: out, replyID: replies[owner].id)
        finishReplyIfDrained(frameEnd: now + .milliseconds(20))
        return frame
    }

    /// Ends the active reply once its text is complete and all its audio has gone out.
    func finishReplyIfDrained(frameEnd: SimInstant? = nil) {
        guard let index = active, textComplete, pendingChunks == 0, playout.isEmpty else { return }
        let end = frameEnd ?? now
        if replies[index].playoutStart != nil { replies[index].playoutEnd = end }
        trace.record(end, .playout, "end", nil, ["reply": "\(replies[index].id)"])
        active = nil
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
        guard let index = active else { return }
        replies[index].cancelled = true
        trace.record(now, .agent, "reply.cancelled", nil, ["reply": "\(replies[index].id)"])
        if let answered = replies[index].utteranceID.flatMap({ id in utterances.firstIndex { $0.id == id } }) {
            utterances[answered].outcome = .merged
            carriedTranscript = [carriedTranscript, utterances[answered].transcript].filter { !$0.isEmpty }.joined(separator: " ")
        }
        if let snapshotBeforeReply { brain.restore(snapshotBeforeReply) }
        pendingEnd = nil
        stopOutput()
    }

    private func stopOutput() {
        generation += 1
        playout.removeAll()
        playoutOffset = 0
        pendingChunks = 0
        sentenceBuffer.clear()
        active = nil
    }

    func armNoInputTimer(from time: SimInstant) {
        if let noInputToken { scheduler.cancel(noInputToken) }
        noInputToken = scheduler.schedule(at: time + .milliseconds(parameters.noInputTimeoutMs)) { [weak self] in
            guard let self, self.ended == nil, self.active == nil, self.current == nil else { return }
            self.noInputToken = nil
            self.trace.record(self.now, .agent, "no.input")
            let (response, compute) = ComputeMeter.measure(self.latency.measures.contains(.brain)) { self.brain.noInput() }
            self.startReply(response, trigger: .noInput, utterance: nil, brainCompute: compute)
        }
    }

    func endCall(_ reason: EndReason, at time: SimInstant) {
        ended = reason
        endedAt = time
        if let noInputToken { scheduler.cancel(noInputToken) }
        switch reason {
        case .hangUp: trace.record(time, .agent, "hang.up")
        case .transfer(let why, let summary): trace.record(time, .agent, "transfer", summary, ["reason": why])
        }
    }
}
