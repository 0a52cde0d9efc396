import AgentInterface
import CallText
import SimTime

extension VoiceAgent {
    /// The next 20 ms of audio towards the caller, for the frame that begins now.
    public func nextFrame() -> AgentFrame {
        let length = parameters.lineSampleRate / 50
        guard let (owner, played, words) = playout.take(length) else {
            return AgentFrame(samples: [Float](repeating: 0, count: length), caption: nil)
        }
        var out = played
        if replies[owner].playoutStart == nil {
            replies[owner].playoutStart = now
            trace.record(now, .playout, "start", nil, ["reply": "\(replies[owner].id)"])
        }
        replies[owner].playedSamples += out.count
        if out.count < length { out.append(contentsOf: [Float](repeating: 0, count: length - out.count)) }
        let frame = AgentFrame(samples: out, caption: AgentCaption(reply: replies[owner].id, words: words))
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
        armNoInputTimer(from: end, waitingAgain: true)
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
            carriedFrom = answered
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

    /// Arms the no-input prompt `noInputTimeoutMs` after `time`; `waitingAgain` when the
    /// agent has just finished speaking (a new wait: earlier noise no longer counts).
    func armNoInputTimer(from time: SimInstant, waitingAgain: Bool) {
        if let noInputTimer { scheduler.cancel(noInputTimer) }
        if waitingAgain {
            heardSoundWhileWaiting = false
            noInputDue = false
        }
        noInputTimer = scheduler.schedule(at: time + .milliseconds(parameters.noInputTimeoutMs)) { [weak self] in
            guard let self, self.ended == nil, self.active == nil else { return }
            self.noInputTimer = nil
            // Sound is being heard: the prompt waits to see whether it brings words.
            if self.current != nil { self.noInputDue = true } else { self.promptForInput() }
        }
    }

    /// The brain's no-input prompt, now.
    func promptForInput() {
        noInputDue = false
        trace.record(now, .agent, "no.input", nil, heardSoundWhileWaiting ? ["heard": "sound"] : [:])
        let heardSound = heardSoundWhileWaiting
        let (response, compute) = ComputeMeter.measure(latency.measures.contains(.brain)) { brain.noInput(heardSound: heardSound) }
        startReply(response, trigger: .noInput, utterance: nil, brainCompute: compute)
    }

    func endCall(_ reason: EndReason, at time: SimInstant) {
        ended = reason
        endedAt = time
        if let noInputTimer { scheduler.cancel(noInputTimer) }
        switch reason {
        case .hangUp: trace.record(time, .agent, "hang.up")
        case .transfer(let why, let summary): trace.record(time, .agent, "transfer", summary, ["reason": why])
        case .lineDropped(let why): trace.record(time, .agent, "line.dropped", why)
        }
    }
}
