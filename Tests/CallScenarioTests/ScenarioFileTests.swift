import TestSupport
import CallImpairment
import Testing
@testable import CallScenario

@Suite("Scenario files")
struct ScenarioFileTests {
    static let full = """
        # A caller books a cardiology appointment from a busy street.
        id: book-cardiology-noisy
        description: Caller books with Dr. Patel from a busy street.
        tags: [booking, noisy]
        agent: ../agents/receptionist.yaml
        caller:
          voice: flite/awb
          rate: 1.2
          reactionMs: 300
          helloAfterMs: 0
          hangupAfterMs: 15000
        line:
          codec: mulaw
          delayMs: 80
          jitterMs: 30
          jitterDistribution: pareto
          loss: { model: gilbert, p: 0.01, r: 0.4, lossInBad: 0.8 }
          reorder: 0.02
          jitterBuffer: { mode: adaptive, depthMs: 40, maxDepthMs: 300 }
          concealment: noise
        noise:
          - { type: babble, snrDb: 10 }
          - { type: hum, snrDb: 30, startMs: 1000, endMs: 5000, humHz: 50 }
          - { file: ../audio/street.wav, snrDb: -5 }
        turns:
          - say: "Hi, I'd like to book an appointment with Doctor Patel."
            hesitation: um
          - say: My name is Maria Lopez.
            pause: { afterWord: 3, ms: 1200 }
            voice: espeak/en-gb+f3
            rate: 0.9
          - say: Tuesday at three in the afternoon.
            bargeIn: { afterAgentStartMs: 800 }
            reactionMs: 100
          - answers: { date_of_birth: March fourth nineteen eighty, phone: "555 0100" }
          - audio: ../audio/hello.wav
            text: hello
            pause: { atMs: 500, ms: 300 }
          - wait: 2000
          - backchannel: uh huh
            afterAgentStartMs: 700
          - dtmf: "12#"
          - backchannel: okay
        expect:
          completed: true
          escalated: false
          toolCalls:
            - check_availability
            - schedule_appointment: { doctor_name: Dr. Patel, time: "3:00 PM" }
          neverCalls: [cancel_appointment]
          says: ["appointment is confirmed"]
          neverSays: emergency
          entities: { patient_name: Maria Lopez, date: "2025-03-11" }
          budgets: { ttfaP95Ms: 1500, ttfaMaxMs: 3000, eotP95Ms: 900, wer: 0.3, bargeInStopMs: 400, deadAirMs: 5000, entityAccuracy: 0.9 }
        maxDurationMs: 120000
        """

    @Test("every key of a full scenario lands in the model")
    func fullScenario() throws {
        let call = CallFolder()
        let file = call.write("scenarios/full.yaml", Self.full)
        let s = try ScenarioLoader.loadScenario(file)
        let at = { (marker: String) in line(of: marker, in: Self.full) }

        #expect(s.id == "book-cardiology-noisy")
        #expect(s.description == "Caller books with Dr. Patel from a busy street.")
        #expect(s.tags == ["booking", "noisy"])
        #expect(s.agent == call.path("agents/receptionist.yaml"))
        #expect(s.file == file)
        #expect(s.maxDurationMs == 120_000)
        #expect(s.caller == CallerProfile(voice: "flite/awb", rate: 1.2, reactionMs: 300, helloAfterMs: 0, hangupAfterMs: 15000))
        #expect(s.line == LineConfig(
            codec: .mulaw, delayMs: 80, jitterMs: 30, jitterDistribution: .pareto,
            loss: .gilbert(p: 0.01, r: 0.4, lossInBad: 0.8, lossInGood: 0), reorder: 0.02,
            jitterBuffer: LineConfig.JitterBuffer(mode: .adaptive, depthMs: 40, maxDepthMs: 300), concealment: .noise))
        #expect(s.noise == [
            NoiseCondition(source: .generated("babble"), snrDb: 10, startMs: 0, endMs: nil, humHz: 60),
            NoiseCondition(source: .generated("hum"), snrDb: 30, startMs: 1000, endMs: 5000, humHz: 50),
            NoiseCondition(source: .file(call.path("audio/street.wav")), snrDb: -5, startMs: 0, endMs: nil, humHz: 60),
        ])
        let expectedTurns = [
            CallerTurn(kind: .say("Hi, I'd like to book an appointment with Doctor Patel."), hesitation: "um", line: at("Hi, I'd")),
            CallerTurn(kind: .say("My name is Maria Lopez."), voice: "espeak/en-gb+f3", rate: 0.9,
                       pause: .init(afterWord: 3, atMs: nil, ms: 1200), line: at("Maria Lopez.")),
            CallerTurn(kind: .say("Tuesday at three in the afternoon."), reactionMs: 100, bargeIn: .init(afterAgentStartMs: 800), line: at("Tuesday")),
            CallerTurn(kind: .answers(["date_of_birth": "March fourth nineteen eighty", "phone": "555 0100"]), line: at("answers:")),
            CallerTurn(kind: .audio(path: call.path("audio/hello.wav"), transcript: "hello"), pause: .init(afterWord: nil, atMs: 500, ms: 300), line: at("audio:")),
            CallerTurn(kind: .wait(ms: 2000), line: at("wait: 2000")),
            CallerTurn(kind: .backchannel("uh huh", afterAgentStartMs: 700), line: at("uh huh")),
            CallerTurn(kind: .dtmf("12#"), line: at("dtmf:")),
            CallerTurn(kind: .backchannel("okay", afterAgentStartMs: 1500), line: at("backchannel: okay")),
        ]
        #expect(s.turns.count == expectedTurns.count)
        for (turn, expected) in zip(s.turns, expectedTurns) { #expect(turn == expected) }
        #expect(s.expect == Expectations(
            completed: true, escalated: false,
            toolCalls: [ExpectedToolCall(name: "check_availability"),
                        ExpectedToolCall(name: "schedule_appointment", arguments: ["doctor_name": "Dr. Patel", "time": "3:00 PM"])],
            neverCalls: ["cancel_appointment"], says: ["appointment is confirmed"], neverSays: ["emergency"],
            entities: ["patient_name": "Maria Lopez", "date": "2025-03-11"],
            budgets: Budgets(ttfaP95Ms: 1500, ttfaMaxMs: 3000, eotP95Ms: 900, wer: 0.3, bargeInStopMs: 400, deadAirMs: 5000, entityAccuracy: 0.9)))
    }

    @Test("absent keys take the documented defaults")
    func defaults() throws {
        let call = CallFolder()
        let file = call.write("scenarios/minimal.yaml", "id: minimal\nturns: []\n")
        let s = try ScenarioLoader.loadScenario(file)
        #expect(s.agent == nil)
        #expect(s.turns.isEmpty)
        #expect(s.noise.isEmpty)
        #expect(s.tags.isEmpty && s.description == nil)
        #expect(s.maxDurationMs == 180_000)
        #expect(s.caller == CallerProfile(voice: "flite/rms", rate: 1, reactionMs: 400, helloAfterMs: 6000, hangupAfterMs: 20000))
        #expect(s.line == LineConfig(codec: .pcm16, delayMs: 0, jitterMs: 0, jitterDistribution: .normal, loss: nil, reorder: 0,
                                         jitterBuffer: LineConfig.JitterBuffer(mode: .fixed, depthMs: 60, maxDepthMs: 200), concealment: .repeat))
        #expect(s.expect == Expectations(completed: nil, escalated: nil, toolCalls: [], neverCalls: [], says: [], neverSays: [], entities: [:], budgets: Budgets()))
        #expect(s.expect.budgets.ttfaP95Ms == nil && s.expect.budgets.wer == nil)
    }

    @Test("a caller with a goal needs no turns; its facts keep their own names")
    func goalWithoutTurns() throws {
        let call = CallFolder()
        let file = call.write("scenarios/goal.yaml", """
            id: goal
            caller:
              goal: book a checkup
              persona: forgetful
              facts: { day: Friday., birthday: "July first." }
            """)
        let s = try ScenarioLoader.loadScenario(file)
        #expect(s.turns.isEmpty)
        #expect(s.caller.goal == "book a checkup")
        #expect(s.caller.facts == ["day": "Friday.", "birthday": "July first."])
        #expect(s.caller.persona.preset == "forgetful")
    }

    @Test("one noise mapping counts as a one-item list; a bernoulli loss takes its rate")
    func singleNoiseAndBernoulli() throws {
        let call = CallFolder()
        let file = call.write("scenarios/one.yaml", """
            id: one
            noise: { type: pink, snrDb: 15 }
            line: { loss: { model: bernoulli, rate: 0.05 } }
            turns:
              - backchannel: mm hmm
            """)
        let s = try ScenarioLoader.loadScenario(file)
        #expect(s.noise == [NoiseCondition(source: .generated("pink"), snrDb: 15, startMs: 0, endMs: nil, humHz: 60)])
        #expect(s.line.loss == .bernoulli(rate: 0.05))
        #expect(s.turns.first?.kind == .backchannel("mm hmm", afterAgentStartMs: 1500))
    }

    @Test("a deeper jitter buffer raises the default maximum depth with it")
    func jitterBufferDepth() throws {
        let call = CallFolder()
        let file = call.write("scenarios/deep.yaml", "id: deep\nline: { jitterBuffer: { depthMs: 500 } }\nturns: []\n")
        #expect(try ScenarioLoader.loadScenario(file).line.jitterBuffer == LineConfig.JitterBuffer(mode: .fixed, depthMs: 500, maxDepthMs: 500))
    }

    @Test("scenario ids follow ^[a-z0-9][a-z0-9._-]*$", arguments: [
        ("book", true), ("a1.b_c-d", true), ("9lives", true), ("Book", false), ("-book", false), ("book now", false), ("café", false), ("", false),
    ])
    func ids(id: String, valid: Bool) {
        #expect(Scenario.isValidID(id) == valid)
    }
}
