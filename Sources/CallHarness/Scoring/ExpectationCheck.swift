import ReportModel
import AgentTools
import CallScenario
import CallText

/// Evaluates a scenario's `expect` block against a call, with a precise message for
/// every failure.
struct ExpectationCheck {
    let scenario: Scenario
    let result: CallResult
    let escalated: Bool

    /// What the agent said that reached the caller.
    var spokenText: String {
        // From outside, the words are those recognized at the caller's ear.
        if result.outside != nil { return result.heardText.keys.sorted().compactMap { result.heardText[$0] }.joined(separator: " ") }
        return result.replies.filter { result.heard[$0.id] != nil }.map(\.text).joined(separator: " ")
    }

    /// Task failures: completion, escalation, tool calls, phrases, the database and the backend's answers.
    func taskFailures() -> [String] {
        let expect = scenario.expect
        // A line that failed comes first: it is why everything else failed.
        var failures = result.outside?.failures ?? []
        if let completed = expect.completed {
            let closed = result.ended == .hangUp
            if completed && !closed {
                failures.append("expected the agent to finish the call itself; it ended by \(endDescription)")
            } else if !completed && closed {
                failures.append("expected the call not to be completed by the agent, but the agent said goodbye and hung up")
            }
        }
        if let expected = expect.escalated, expected != escalated {
            failures.append(expected ? "expected a transfer to a human; there was none (ended by \(endDescription))"
                                     : "expected no transfer to a human, but the agent transferred the call")
        }
        // From outside, the agent's tools and backend are not seen: their checks are
        // reported as not observable, never guessed.
        let inside = result.outside == nil
        for call in expect.toolCalls where inside {
            if let problem = toolCallProblem(call) { failures.append(problem) }
        }
        for name in expect.neverCalls where inside && result.toolCalls.contains(where: { $0.0.name == name }) {
            failures.append("\(name) must not be called, but it was")
        }
        let said = " " + TextNormalizer.normalize(spokenText) + " "
        for phrase in expect.says where !said.contains(" " + TextNormalizer.normalize(phrase) + " ") {
            failures.append("the agent never said \"\(phrase)\"; it said: \"\(Self.excerpt(spokenText))\"")
        }
        for phrase in expect.neverSays where said.contains(" " + TextNormalizer.normalize(phrase) + " ") {
            failures.append("the agent said \"\(phrase)\", which it must not")
        }
        if inside { failures += StateCheck(checks: expect.state, state: result.finalState).failures() }
        // The team's backend, asked after the call, is seen from anywhere.
        failures += result.httpFailures
        return failures
    }

    /// Budget failures, each with the measured value.
    func budgetFailures(ttfas: [Double], eots: [Double], wer: Double, bargeIns: [BargeInReport], deadAirMs: Double, entityAccuracy: Double?,
                        cutIns: Int, interruptions: Int) -> [String] {
        let b = scenario.expect.budgets
        var failures: [String] = []
        func check(_ name: String, _ measured: Double?, _ limit: Double?, unit: String = " ms") {
            guard let limit, let measured, measured > limit else { return }
            failures.append("budget \(name) exceeded: measured \(Self.format(measured))\(unit), limit \(Self.format(limit))\(unit)")
        }
        check("ttfaP50Ms", Percentiles.nearestRank(50, of: ttfas), b.ttfaP50Ms)
        check("ttfaP95Ms", Percentiles.nearestRank(95, of: ttfas), b.ttfaP95Ms)
        check("ttfaMaxMs", ttfas.max(), b.ttfaMaxMs)
        check("eotP95Ms", Percentiles.nearestRank(95, of: eots), b.eotP95Ms)
        check("wer", wer, b.wer, unit: "")
        check("deadAirMs", deadAirMs, b.deadAirMs)
        if let limit = b.cutIns, cutIns > limit {
            failures.append("budget cutIns exceeded: the agent spoke over an unfinished caller turn \(cutIns) time(s), limit \(limit)")
        }
        if let limit = b.interruptions, interruptions > limit {
            failures.append("budget interruptions exceeded: the caller's speech stopped the agent \(interruptions) time(s), limit \(limit)")
        }
        if let limit = b.entityAccuracy, let measured = entityAccuracy, measured < limit {
            failures.append("budget entityAccuracy not met: measured \(Self.format(measured)), required \(Self.format(limit))")
        }
        if let limit = b.bargeInStopMs {
            for bargeIn in bargeIns {
                if !bargeIn.agentStopped {
                    failures.append("budget bargeInStopMs: the agent did not stop when the caller barged in at \(Self.format(bargeIn.atMs)) ms")
                } else {
                    check("bargeInStopMs", bargeIn.stopMs, limit)
                }
            }
            if bargeIns.isEmpty { failures.append("budget bargeInStopMs: no barge-in happened (the agent was not speaking when the caller spoke)") }
        }
        if (b.ttfaP50Ms != nil || b.ttfaP95Ms != nil || b.ttfaMaxMs != nil) && ttfas.isEmpty {
            failures.append("budget on TTFA: no agent reply was measured")
        }
        return failures
    }

    private func toolCallProblem(_ expected: ExpectedToolCall) -> String? {
        let calls = result.toolCalls.filter { $0.0.name == expected.name && !$0.1.isError }
        guard !calls.isEmpty else {
            let made = result.toolCalls.map(\.0.name)
            return "expected a successful \(expected.name) call; calls made: \(made.isEmpty ? "none" : made.joined(separator: ", "))"
        }
        var closest: (call: ToolCall, wrong: [String])?
        for (call, _) in calls {
            let wrong = expected.arguments.keys.sorted().filter { key in
                !Self.matches(expected: expected.arguments[key]!, actual: call.arguments[key]?.string ?? call.arguments[key]?.jsonString())
            }
            if wrong.isEmpty { return nil }
            if closest == nil || wrong.count < closest!.wrong.count { closest = (call, wrong) }
        }
        guard let closest else { return nil }
        let details = closest.wrong.map { key in
            "\(key): expected \"\(expected.arguments[key]!)\", got \"\(closest.call.arguments[key]?.string ?? "nothing")\""
        }
        return "\(expected.name) called with different arguments (\(details.joined(separator: "; ")))"
    }

    /// An expected argument matches when its normalized words appear, in order and
    /// together, in the actual value's ("patel" matches "Dr. Raj Patel"; "15:00" matches
    /// "3:00 PM" through the time normalizer).
    static func matches(expected: String, actual: String?) -> Bool {
        guard let actual else { return false }
        if let e = ClockTime(display: expected), let a = ClockTime(display: actual) { return e == a }
        let want = TextNormalizer.normalize(expected), have = TextNormalizer.normalize(actual)
        return (" " + have + " ").contains(" " + want + " ")
    }

    private var endDescription: String {
        switch result.ended {
        case .hangUp?: "the agent hanging up"
        case .transfer(let reason, _)?: "a transfer (\(reason))"
        case .lineDropped(let why)?: "the line dropping (\(why))"
        case nil: result.timedOut ? "timing out" : "the caller hanging up"
        }
    }

    static func excerpt(_ text: String) -> String {
        text.count <= 160 ? text : String(text.prefix(157)) + "..."
    }

    /// A whole number as is, a fraction to two decimals (a WER of 0.41 against 0.35 must not
    /// read "0.4, limit 0.4"), a larger number to one.
    static func format(_ x: Double) -> String {
        if x == x.rounded() { return String(Int(x)) }
        return abs(x) < 10 ? String((x * 100).rounded() / 100) : String((x * 10).rounded() / 10)
    }
}
