/// A load flag that does not describe a load test. Its description is one line naming
/// the flag, what was given and what is allowed.
public struct LoadPlanError: Error, CustomStringConvertible, Equatable, Sendable {
    private enum Reason: Equatable, Sendable {
        case badValue(flag: String, given: String, why: String)
        case conflict(String)
        case needsAgentElsewhere(file: String)
    }

    private let reason: Reason

    private init(_ reason: Reason) { self.reason = reason }

    static func badValue(_ flag: String, _ given: String, _ why: String) -> Self { .init(.badValue(flag: flag, given: given, why: why)) }
    static func conflict(_ why: String) -> Self { .init(.conflict(why)) }
    static func needsAgentElsewhere(_ file: String) -> Self { .init(.needsAgentElsewhere(file: file)) }

    public var description: String {
        switch reason {
        case .badValue(let flag, let given, let why): "\(flag) \"\(given)\": \(why)"
        case .conflict(let why): why
        case .needsAgentElsewhere(let file):
            "\(file): a load test calls an agent that runs elsewhere (an agent file with external:, or `callharness serve`); an in-process agent runs in simulated time, where load has no meaning"
        }
    }
}
