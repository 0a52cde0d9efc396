import Testing
@testable import VoicePipeline

/// The emergency guardrail acts at once on a clear cue and asks first about a lone word,
/// which background talk can put into a transcript.
@Suite("Emergency guard")
struct EmergencyGuardTests {
    static let question = "Is this a medical emergency?"

    func guarded(confirm: String? = question) -> EmergencyGuard {
        EmergencyGuard(EmergencyConfig(confirm: confirm))
    }

    @Test("a multi-word phrase or two cues act at once, with or without a confirmation question", arguments: [
        "I have chest pain and I can't breathe.", "my husband had a heart attack", "he is unconscious, I think it's a stroke",
    ])
    func clearCue(text: String) {
        var withQuestion = guarded()
        #expect(withQuestion.read(text) == .emergency)
        var without = guarded(confirm: nil)
        #expect(without.read(text) == .emergency)
    }

    @Test("ordinary turns pass to the brain", arguments: ["Friday.", "I'd like to book an appointment.", "no, that's all"])
    func passes(text: String) {
        var g = guarded()
        #expect(g.read(text) == .pass)
        #expect(!g.isAsking)
    }

    @Test("a lone word is asked about; no resumes the call, yes acts", arguments: [
        ("No.", EmergencyGuard.Action.resume), ("no it's not", .resume), ("Yes.", .emergency), ("yes please help", .emergency),
        ("he took an overdose", .emergency),
    ])
    func loneWord(answer: String, expected: EmergencyGuard.Action) {
        var g = guarded()
        #expect(g.read("overdose") == .ask(Self.question))
        #expect(g.isAsking)
        #expect(g.read(answer) == expected)
        #expect(!g.isAsking)
        // Asked and answered, the next turn is read afresh.
        #expect(g.read("Friday.") == .pass)
    }

    @Test("an unclear answer is asked once more; a second unclear answer is taken as an emergency (the safe side)")
    func unclearTwice() {
        var g = guarded()
        #expect(g.read("the overdose") == .ask(Self.question))
        #expect(g.read("march noon") == .ask("Please say yes or no. \(Self.question)"))
        #expect(g.read("hours") == .emergency)
    }

    @Test("without a confirmation question a lone word acts at once")
    func noQuestion() {
        var g = guarded(confirm: nil)
        #expect(g.read("overdose") == .emergency)
    }
}
