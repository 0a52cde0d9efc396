import CallHarness
import Testing

/// The booking scenario over every carrier dialect: the receptionist served speaking it on
/// loopback, called speaking it, ends the call as its simulated run does.
@Suite("serve + run over each carrier's dialect", .serialized)
struct DialectEndToEndTests {
    @Test("book-patel over Telnyx, Plivo, Vonage and raw PCM16: the same ending, completion and escalation as simulated",
          arguments: ["telnyx", "plivo", "vonage", "pcm16"])
    func booking(dialect: String) throws {
        let phrases = ServeTests.repository.path + "/Scenarios/agents/receptionist-phrases.txt"
        let (simulated, served) = try ServeEndToEndTests().bothWays("book-patel", listening: .recognition(try .phrases(file: phrases)), dialect: dialect)
        #expect(simulated.passed, "the simulated call itself fails: \(simulated.failures)")
        #expect(served.outside?.protocol == dialect)
        #expect(served.passed == simulated.passed, "\(served.failures)")
        #expect(served.completed == simulated.completed, "\(served.failures)")
        #expect(served.escalated == simulated.escalated, "\(served.failures)")
        #expect(served.endedBy == simulated.endedBy, "\(served.failures)")
    }
}
