import AgentTools
import CallSpeech
@testable import VoicePipeline

/// A brain that says fixed lines (pipeline tests exercise timing, not dialogue).
final class FixedBrain: ResponseGenerating {
    var greeting: BrainResponse
    var reply: BrainResponse
    init(greeting: BrainResponse, reply: BrainResponse) {
        self.greeting = greeting
        self.reply = reply
    }
    func greet() -> BrainResponse { greeting }
    func respond(to transcript: String) -> BrainResponse { reply }
    func noInput(heardSound: Bool) -> BrainResponse { BrainResponse(steps: [.say("Are you still there?")]) }
    func snapshot() -> BrainSnapshot { BrainSnapshot(0) }
    func restore(_ snapshot: BrainSnapshot) {}
}

/// Hears nothing (transcripts come from the scripted oracle in these tests).
final class DeafRecognizer: SpeechRecognizing {
    let sampleRate = 16000
    func reset() {}
    func begin() {}
    func accept(_ samples: [Float]) -> String? { nil }
    func end() -> String { "" }
}
