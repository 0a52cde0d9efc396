import AgentInterface
import CallAudio
import CallSpeech
import SimTime
import Testing
@testable import VoicePipeline

@Suite("Barge-in", .serialized)
struct BargeInTests {
    /// Drives an agent frame by frame; the caller starts speaking at `callerStart`.
    /// Returns the utterance's detected start and the time the agent's audio stopped.
    func run(minInterruptionMs: Int, callerStart: Double) throws -> (speechStart: SimInstant, stopped: SimInstant?, interrupted: Bool) {
        let scheduler = Scheduler()
        var parameters = PipelineConfig()
        parameters.interruption.minInterruptionMs = minInterruptionMs
        let long = "Thank you for calling City General Hospital. I can help you book, reschedule or cancel an appointment, or tell you about our doctors and their opening hours."
        let agent = VoiceAgent(parameters: parameters, scheduler: scheduler, trace: CallTrace(),
                               latency: FixedLatency(ttft: .milliseconds(100), tts: .milliseconds(100)),
                               recognizer: DeafRecognizer(), synthesizer: try Voices.synthesizer(for: "flite/slt"),
                               brain: FixedBrain(greeting: BrainResponse(steps: [.say(long)]), reply: BrainResponse(steps: [.say("Sure.")])))
        agent.scriptedTranscript = { _, _ in "wait, I have a question" }
        let caller = try TestAudio.speech("Sorry, wait, I have a question about my appointment.", padMs: 0)
        let startSample = Int(callerStart * 16000)
        var stopped: SimInstant?
        var wasSpeaking = false
        scheduler.schedule(at: .zero) { agent.answer() }
        for k in 0..<500 {
            let t = SimInstant.zero + .milliseconds(20 * k)
            scheduler.run(until: t)
            if k > 0 {
                let frameStart = (k - 1) * 320
                let frame = (0..<320).map { i -> Float in
                    let n = frameStart + i - startSample
                    return n >= 0 && n < caller.count ? caller[n] : 0
                }
                agent.receive(frame, frameStart: t - .milliseconds(20))
            }
            let out = agent.nextFrame()
            if out.caption?.reply == 1 { wasSpeaking = true }
            if wasSpeaking && out.caption?.reply != 1 && stopped == nil { stopped = t }
        }
        let utterance = try #require(agent.utterances.first)
        return (utterance.speechStart, stopped, agent.replies[0].interruptedAt != nil)
    }

    @Test("the agent stops within 2 frames after minInterruptionMs of caller speech", arguments: [300, 500, 800])
    func stopsPromptly(minInterruptionMs: Int) throws {
        let (start, stopped, interrupted) = try run(minInterruptionMs: minInterruptionMs, callerStart: 2.0)
        #expect(interrupted)
        let stop = try #require(stopped)
        let delay = (stop - start).milliseconds
        #expect(delay >= Double(minInterruptionMs), "stopped after \(delay) ms, before the caller had spoken \(minInterruptionMs) ms")
        #expect(delay <= Double(minInterruptionMs + 40), "stopped \(delay) ms after the caller's onset")
    }
}
