import SimTime
import Testing
@testable import VoicePipeline

@Suite("Endpointer")
struct EndpointerTests {
    let t0 = SimInstant.zero + .seconds(2)

    /// Runs the endpointer through a pause of `pauseMs` after `partial`; returns whether it
    /// declared end of turn during the pause.
    func cutsPause(_ pauseMs: Int, after partial: String, parameters: EndpointingConfig = .init()) -> Bool {
        var endpointer = Endpointer(parameters: parameters)
        endpointer.speechStarted()
        endpointer.speechEnded(at: t0, partial: partial)
        var t = t0
        while t < t0 + .milliseconds(pauseMs) {
            if endpointer.endOfTurn(now: t) { return true }
            t = t + .milliseconds(20)
        }
        endpointer.speechStarted()
        return false
    }

    @Test("a 1.2 s pause after unfinished words is not cut when maxSilenceMs allows",
          arguments: ["my name is", "i'd like to book an appointment with", "um", "on tuesday at", "march fifteenth nineteen"])
    func unfinished(partial: String) {
        #expect(!cutsPause(1200, after: partial))
        #expect(cutsPause(1200, after: partial, parameters: EndpointingConfig(minSilenceMs: 500, maxSilenceMs: 1000)),
                "with maxSilenceMs below the pause, the turn ends")
    }

    @Test("a finished sentence ends the turn after minSilenceMs",
          arguments: ["my name is john smith", "tuesday please", "yes", "april third twenty sixteen", "at three thirty"])
    func finished(partial: String) {
        var endpointer = Endpointer()
        endpointer.speechStarted()
        endpointer.speechEnded(at: t0, partial: partial)
        let early = endpointer.endOfTurn(now: t0 + .milliseconds(480))
        let due = endpointer.endOfTurn(now: t0 + .milliseconds(500))
        #expect(!early)
        #expect(due)
        #expect(endpointer.state == .idle)
    }

    @Test("a late partial that leaves the words unfinished extends the wait")
    func latePartial() {
        var endpointer = Endpointer()
        endpointer.speechStarted()
        endpointer.speechEnded(at: t0, partial: "my name is john")
        endpointer.partialChanged("my name is john and")
        let early = endpointer.endOfTurn(now: t0 + .milliseconds(600))
        let due = endpointer.endOfTurn(now: t0 + .milliseconds(3000))
        #expect(!early)
        #expect(due)
    }
}
