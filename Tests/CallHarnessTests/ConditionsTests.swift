import ReportModel
import CallScenario
import Testing
@testable import CallHarness

@Suite("Conditions matter", .serialized)
struct ConditionsTests {
    /// The same booking call, same seed, clean and with white noise at 0 dB SNR.
    @Test("WER and completion at 0 dB are worse than clean for the same scenario and seed")
    func noiseHurts() throws {
        let agent = try PreparedAgent(try ScenarioLoader.loadAgent(Bundled.agent))
        var clean = try Bundled.scenario("noisy-babble")
        clean.noise = []
        var noisy = clean
        noisy.noise = [NoiseCondition(source: .generated("white"), snrDb: 0)]
        func score(_ scenario: Scenario) throws -> CallReport {
            let result = try CallRunner(scenario: scenario, agent: agent, runSeed: 11).run()
            return CallScorer(scenario: scenario, result: result, minInterruptionMs: 500).score(artifacts: [:])
        }
        let a = try score(clean), b = try score(noisy)
        print("clean: WER \(a.wer), completed \(a.completed); 0 dB white: WER \(b.wer), completed \(b.completed), escalated \(b.escalated)")
        #expect(a.completed)
        #expect(b.wer > a.wer + 0.2)
        #expect(!b.completed)
    }
}
