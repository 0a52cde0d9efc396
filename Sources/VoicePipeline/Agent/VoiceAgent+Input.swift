import AgentInterface
import CallAudio
import CallText
import SimTime

extension VoiceAgent {
    /// Receives the 20 ms of caller audio (line rate) that began at `frameStart`; the
    /// scheduler's `now` is the frame's end, when it is complete.
    public func receive(_ samples: [Float], frameStart: SimInstant) {
        guard ended == nil else { return }
        let audio = inputResampler?.process(samples) ?? samples
        preRoll.append(contentsOf: audio)
        let keep = parameters.vad.preRollMs * Self.recognizerRate / 1000 + audio.count
        if preRoll.count > keep { preRoll.removeFirst(preRoll.count - keep) }

        let events = vad.process(audio, at: frameStart)
        var fedThisFrame = false, endedThisFrame = false
        for event in events {
            switch event {
            case .speechStarted(let at):
                fedThisFrame = speechStarted(at: at) || fedThisFrame
            case .speechEnded(let at):
                speechEnded(at: at)
                endedThisFrame = true
            }
        }
        // The recognizer hears speech (and the VAD's hangover), not the silence while the
        // endpointer waits: noise there would only become words that were never said.
        if let current, !fedThisFrame, utterances[current].outcome == .open, vad.isSpeaking || endedThisFrame {
            feed(audio, to: current)
        }
        let keys = dtmf.process(audio)
        if !keys.isEmpty {
            trace.record(now, .stt, "dtmf", keys)
            switch input {
            case .hearing(let index): utterances[index].keyed += keys
            case .listening(let earlier): input = .listening(keys: earlier + keys)
            }
        }
        checkInterruption()
        checkEndOfTurn()
    }

    /// Returns true when it fed the recognizer this frame: a new utterance gets the whole
    /// pre-roll, a resumed one the audio since the speech's detected start (both include
    /// the current frame).
    private func speechStarted(at start: SimInstant) -> Bool {
        trace.record(now, .vad, "speech.start", nil, ["at": "\(start.microseconds)"])
        if let current {
            // Speech resumed within the same turn.
            endpointer.speechStarted()
            trace.record(now, .endpoint, "resume", nil, ["utterance": "\(utterances[current].id)"])
            let since = Int((now - start).microseconds * Int64(Self.recognizerRate) / 1_000_000)
            feed(Array(preRoll.suffix(min(preRoll.count, since))), to: current)
            return true
        }
        var utterance = CallerUtterance(id: utterances.count + 1, speechStart: start, duringAgentSpeech: isSpeaking)
        if case .listening(let keys) = input { utterance.keyed = keys }
        utterances.append(utterance)
        input = .hearing(utterances.count - 1)
        endpointer.speechStarted()
        if scriptedTranscript == nil { recognizer.begin() }
        feed(preRoll, to: utterances.count - 1)
        return true
    }

    private func speechEnded(at end: SimInstant) {
        trace.record(now, .vad, "speech.end", nil, ["at": "\(end.microseconds)"])
        guard let current else { return }
        utterances[current].speechEnd = end
        endpointer.speechEnded(at: end, partial: utterances[current].partial)
    }

    private func feed(_ samples: [Float], to index: Int) {
        guard scriptedTranscript == nil else { return }
        if let partial = recognizer.accept(samples) {
            utterances[index].partial = partial
            trace.record(now, .stt, "partial", partial, ["utterance": "\(utterances[index].id)"])
            endpointer.partialChanged(partial)
        }
    }

    /// Caller speech over the agent: stop the agent once it has lasted
    /// `minInterruptionMs` and is more than an acknowledgement; caller speech before the
    /// agent's first audio cancels the pending reply (the caller was not finished).
    private func checkInterruption() {
        guard let current, vad.isSpeaking, let active, parameters.interruption.enabled else { return }
        let heard = now - utterances[current].speechStart
        guard heard >= .milliseconds(parameters.interruption.minInterruptionMs) else { return }
        if replies[active].playoutStart == nil {
            if replies[active].trigger == .callerTurn { cancelPendingReply(because: current) }
            return
        }
        guard replies[active].playoutEnd == nil else { return }
        // Without partials (scripted STT, a per-utterance service) only the duration decides.
        let hearsWords = scriptedTranscript == nil && recognizer.producesPartials
        if parameters.interruption.ignoreBackchannels && hearsWords && !hasContent(utterances[current].partial) { return }
        bargeIn(by: current, heard: heard)
    }

    /// True when the words are more than acknowledgements.
    func hasContent(_ text: String) -> Bool {
        let words = TextNormalizer.words(text)
        guard !words.isEmpty else { return false }
        return words.contains { !acknowledgementWords.contains($0) }
    }

    private func checkEndOfTurn() {
        guard let index = current, endpointer.endOfTurn(now: now) else { return }
        input = .listening(keys: "")
        var utterance = utterances[index]
        utterance.endOfTurn = now
        trace.record(now, .endpoint, "end.of.turn", utterance.partial, ["utterance": "\(utterance.id)"])
        let measuring = latency.measures.contains(.stt) && scriptedTranscript == nil
        let (text, cpu) = ComputeMeter.measure(measuring) { scriptedTranscript == nil ? recognizer.end() : "" }
        let service = scriptedTranscript == nil ? recognizer as? any ServiceRecognizing : nil
        let compute = measuring ? service?.lastLatency ?? cpu : cpu
        if let failure = service?.lastFailure { trace.record(now, .stt, "error", failure, ["utterance": "\(utterance.id)"]) }
        utterance.transcript = scriptedTranscript?(utterance.speechStart, utterance.speechEnd) ?? text
        if !utterance.keyed.isEmpty { utterance.transcript = Self.spokenDigits(utterance.keyed) }
        let speech = utterance.speechEnd - utterance.speechStart
        if speech < .milliseconds(parameters.vad.minSpeechMs) {
            utterance.outcome = .tooShort
        } else if utterance.duringAgentSpeech && !utterance.interrupted && !hasContent(utterance.transcript) {
            utterance.outcome = .backchannel
        } else if TextNormalizer.words(utterance.transcript).isEmpty {
            utterance.outcome = .empty
        }
        let ready = measuring ? now + compute : max(now, utterance.speechEnd + latency.sttFinal(measured: compute))
        utterances[index] = utterance
        guard utterance.outcome == .open else {
            trace.record(now, .stt, "dropped", utterance.transcript, ["utterance": "\(utterance.id)", "why": utterance.outcome.rawValue])
            if utterance.outcome == .empty || utterance.outcome == .tooShort { heardSoundWhileWaiting = true }
            guard active == nil else { return }
            if let from = carriedFrom {
                // The caller's words of a cancelled reply: what seemed their continuation was
                // only noise, so they are answered now; the turn ended when that noise did.
                let endOfTurn = now
                scheduler.schedule(at: ready) { [weak self] in self?.answerCarried(from: from, endOfTurn: endOfTurn) }
            } else if noInputDue {
                promptForInput()
            } else if noInputTimer == nil {
                armNoInputTimer(from: now, waitingAgain: false)
            }
            return
        }
        scheduler.schedule(at: ready) { [weak self] in self?.transcriptReady(index) }
    }

    private func transcriptReady(_ index: Int) {
        guard ended == nil else { return }
        utterances[index].finalAt = now
        utterances[index].outcome = .answered
        let transcript = [carriedTranscript, utterances[index].transcript].filter { !$0.isEmpty }.joined(separator: " ")
        answer(transcript, utterance: index)
    }

    /// Answers the carried words of utterance `from` alone (their reply was cancelled for a
    /// continuation that turned out to be noise). The turn's end and final move to when
    /// that was known, so the reply's stages still add up to its TTFA.
    private func answerCarried(from index: Int, endOfTurn: SimInstant) {
        guard ended == nil, active == nil, carriedFrom == index, !carriedTranscript.isEmpty else { return }
        utterances[index].endOfTurn = endOfTurn
        utterances[index].finalAt = now
        utterances[index].outcome = .answered
        answer(carriedTranscript, utterance: index)
    }

    /// Hands a finished caller turn to the emergency guardrail and the brain.
    private func answer(_ transcript: String, utterance index: Int) {
        carriedTranscript = ""
        carriedFrom = nil
        if let noInputTimer { scheduler.cancel(noInputTimer) }
        noInputTimer = nil
        noInputDue = false
        heardSoundWhileWaiting = false
        trace.record(now, .stt, "final", transcript, ["utterance": "\(utterances[index].id)"])
        if var guardrail = emergencyGuard {
            let action = guardrail.read(transcript)
            emergencyGuard = guardrail
            let id = utterances[index].id
            switch action {
            case .pass:
                break
            case .emergency:
                var steps: [BrainResponse.Step] = [.say(guardrail.config.message)]
                if guardrail.config.transfer { steps.append(.transfer(reason: "emergency", summary: "Caller said: \(transcript)")) }
                trace.record(now, .brain, "guardrail", "emergency")
                startReply(BrainResponse(steps: steps, intent: "emergency"), trigger: .emergency, utterance: id, brainCompute: .zero)
                return
            case .ask(let question):
                trace.record(now, .brain, "guardrail", "emergency-check")
                startReply(BrainResponse(steps: [.say(question)], intent: "emergency-check"), trigger: .emergency, utterance: id, brainCompute: .zero)
                return
            case .resume:
                // The brain never saw the misheard turn: what it last said still stands.
                let last = replies.last { $0.trigger != .emergency && !$0.text.isEmpty }?.text
                let text = ["Sorry, I misheard.", last].compactMap { $0 }.joined(separator: " ")
                trace.record(now, .brain, "guardrail", "not-emergency")
                startReply(BrainResponse(steps: [.say(text)], intent: "emergency-check"), trigger: .emergency, utterance: id, brainCompute: .zero)
                return
            }
        }
        let before = brain.snapshot()
        tools?.resetMeasurements()
        let (response, compute) = ComputeMeter.measure(latency.measures.contains(.brain)) { brain.respond(to: transcript) }
        startReply(response, trigger: .callerTurn, utterance: utterances[index].id, brainCompute: compute, brainBefore: before)
    }

    /// Keypad digits as words ("10#" → "one zero"; `#` ends the entry, `*` is "star").
    static func spokenDigits(_ keys: String) -> String {
        keys.compactMap { key -> String? in
            if key == "*" { return "star" }
            guard let digit = Int(String(key)) else { return nil }
            return NumberWords.cardinal(digit)[0]
        }.joined(separator: " ")
    }
}
