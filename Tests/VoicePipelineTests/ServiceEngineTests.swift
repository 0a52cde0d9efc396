import AgentInterface
import CallAudio
import CallSpeech
import Foundation
import SimTime
import Testing
@testable import VoicePipeline

/// A per-utterance recognizer service: no partials, a fixed answer after a fixed time.
final class ServiceRecognizerDouble: ServiceRecognizing {
    let sampleRate = 16000
    let answer: String
    let latency: SimDuration
    private(set) var lastLatency: SimDuration?
    var lastFailure: String? { answer.isEmpty ? "POST /v1/audio/transcriptions: the service is unreachable" : nil }
    var producesPartials: Bool { false }
    init(answer: String, latency: SimDuration) {
        self.answer = answer
        self.latency = latency
    }
    func reset() {}
    func begin() {}
    func accept(_ samples: [Float]) -> String? { nil }
    func end() -> String {
        lastLatency = latency
        return answer
    }
}

/// A speech service: a tone for any text, its first byte after a fixed time.
struct ServiceSynthesizerDouble: ServiceSynthesizing {
    let voice = "http/test"
    let sampleRate = 16000
    let fingerprint = "http:test-\(UUID().uuidString)"
    let firstByte: SimDuration
    func synthesize(_ text: String, rate: Double) throws(SpeechError) -> AudioBuffer { try synthesizeMeasured(text, rate: rate).audio }
    func synthesizeMeasured(_ text: String, rate: Double) throws(SpeechError) -> (audio: AudioBuffer, firstByte: SimDuration) {
        let samples = (0..<8000).map { Float(0.3 * sin(2 * Double.pi * 440 * Double($0) / 16000)) }
        return (AudioBuffer(samples: samples, sampleRate: 16000), firstByte)
    }
}

/// Latency from the profile, except the stages in `measured`, which pass the measurement through.
struct MeasuringLatency: LatencyModel {
    var base = FixedLatency(stt: .milliseconds(100), ttft: .milliseconds(100), tts: .milliseconds(100))
    var measures: Set<MeasuredStage>
    mutating func transportOneWay() -> SimDuration { .zero }
    mutating func sttFinal(measured: SimDuration) -> SimDuration { measures.contains(.stt) ? measured : base.stt }
    mutating func firstToken(measured: SimDuration) -> SimDuration { base.ttft }
    var tokenInterval: SimDuration { base.tokenInterval }
    mutating func ttsFirstByte(measured: SimDuration) -> SimDuration { measures.contains(.tts) ? measured : base.tts }
    var ttsRealTimeFactor: Double { base.ttsRealTimeFactor }
    mutating func toolLatency(measured: SimDuration) -> SimDuration { .zero }
    mutating func toolFails() -> Bool { false }
}

@Suite("Recognizers and voices that are network services", .serialized)
struct ServiceEngineTests {
    /// Plays `caller` (16 kHz) into an agent from `callerStart` seconds for `seconds`.
    func drive(_ agent: VoiceAgent, scheduler: Scheduler, caller: [Float], callerStart: Double, seconds: Double = 10) {
        let startSample = Int(callerStart * 16000)
        scheduler.schedule(at: .zero) { agent.answer() }
        for k in 0..<Int(seconds * 50) {
            let t = SimInstant.zero + .milliseconds(20 * k)
            scheduler.run(until: t)
            if k > 0 {
                let frameStart = (k - 1) * 320
                agent.receive((0..<320).map { i in
                    let n = frameStart + i - startSample
                    return n >= 0 && n < caller.count ? caller[n] : 0
                }, frameStart: t - .milliseconds(20))
            }
            _ = agent.nextFrame()
        }
    }

    @Test("a measured profile charges a recognizer service its request time, not CPU time; a profile charges its own number",
          arguments: [true, false])
    func measuredRecognizer(measured: Bool) throws {
        let scheduler = Scheduler()
        let agent = VoiceAgent(parameters: PipelineConfig(), scheduler: scheduler, trace: CallTrace(),
                               latency: MeasuringLatency(measures: measured ? [.stt] : []),
                               recognizer: ServiceRecognizerDouble(answer: "I would like an appointment", latency: .milliseconds(345)),
                               synthesizer: try Voices.synthesizer(for: "flite/kal16"),
                               brain: FixedBrain(greeting: BrainResponse(steps: [.say("Hello.")]), reply: BrainResponse(steps: [.say("Sure.")])))
        drive(agent, scheduler: scheduler, caller: try TestAudio.speech("I would like to book an appointment please."), callerStart: 3)
        let utterance = try #require(agent.utterances.first)
        #expect(utterance.transcript == "I would like an appointment")
        let endOfTurn = try #require(utterance.endOfTurn), finalAt = try #require(utterance.finalAt)
        if measured {
            #expect(finalAt - endOfTurn == .milliseconds(345))
        } else {
            #expect(finalAt == max(endOfTurn, utterance.speechEnd + .milliseconds(100)))
        }
    }

    @Test("without partials, speech over the agent for minInterruptionMs interrupts it even when back-channels are ignored")
    func bargeInWithoutPartials() throws {
        func interrupted(_ recognizer: any SpeechRecognizing) throws -> Bool {
            let scheduler = Scheduler()
            var parameters = PipelineConfig()
            parameters.interruption.ignoreBackchannels = true
            let long = "Thank you for calling City General Hospital. I can help you book, reschedule or cancel an appointment, or tell you about our doctors."
            let agent = VoiceAgent(parameters: parameters, scheduler: scheduler, trace: CallTrace(),
                                   latency: FixedLatency(ttft: .milliseconds(100), tts: .milliseconds(100)),
                                   recognizer: recognizer, synthesizer: try Voices.synthesizer(for: "flite/slt"),
                                   brain: FixedBrain(greeting: BrainResponse(steps: [.say(long)]), reply: BrainResponse(steps: [.say("Sure.")])))
            drive(agent, scheduler: scheduler, caller: try TestAudio.speech("Sorry, wait, I have a question about my appointment.", padMs: 0), callerStart: 2)
            return agent.replies.first?.interruptedAt != nil
        }
        // A streaming recognizer with no words yet: the speech may be a back-channel, the agent goes on.
        #expect(try !interrupted(DeafRecognizer()))
        // A service that answers only at the end: only the speech's length can decide.
        #expect(try interrupted(ServiceRecognizerDouble(answer: "sorry wait", latency: .milliseconds(300))))
    }

    @Test("a speech service's first byte is the measured TTS time, and its audio stays out of the disk cache")
    func serviceSynthesisCache() throws {
        let folder = NSTemporaryDirectory() + "service-cache-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = SynthesisCache(directory: folder)
        let service = ServiceSynthesizerDouble(firstByte: .milliseconds(250))
        let (audio, time) = try cache.audio("Hello there.", synthesizer: service, rate: 1, sampleRate: 16000, measure: true)
        #expect(audio.samples.count == 8000)
        #expect(time == .milliseconds(250))
        #expect(try cache.audio("Hello there.", synthesizer: service, rate: 1, sampleRate: 16000, measure: true).1 == .milliseconds(250))
        #expect(cache.statistics.syntheses == 1 && cache.statistics.memoryHits == 1)
        #expect(cache.statistics.diskWrites == 0)
        // A local voice in the same cache does reach the disk.
        _ = try cache.audio("Hello there.", synthesizer: try Voices.synthesizer(for: "flite/kal16"), rate: 1, sampleRate: 16000, measure: false)
        #expect(cache.statistics.diskWrites == 1)
    }
}
