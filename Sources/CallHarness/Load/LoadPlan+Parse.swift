import Foundation
import SimTime

extension LoadPlan {
    /// The longest a load test may be held at one level.
    public static let maximumDuration = SimDuration.seconds(24 * 3600)
    /// The most calls one level may be held for.
    public static let maximumCalls = 1_000_000

    /// The plan `flags` describe, nil when no load flag is given. `--concurrency N` is one
    /// level; `--ramp 1,5,10` several, each held for `--calls` calls (or its own `:M`) or
    /// for `--duration`; `--rate 2/s` makes arrivals open-loop, `--concurrency` then
    /// capping the calls in flight.
    public static func parse(_ flags: LoadFlags, seed: UInt64) throws(LoadPlanError) -> LoadPlan? {
        guard !flags.isEmpty else { return nil }
        if flags.ramp != nil && flags.concurrency != nil {
            throw .conflict("--ramp sets the concurrency of each step; leave out --concurrency")
        }
        if flags.ramp != nil && flags.rate != nil {
            throw .conflict("--ramp steps hold a number of calls in flight and --rate sets an arrival rate: choose one")
        }
        if flags.ramp == nil && flags.concurrency == nil && flags.rate == nil {
            throw .conflict("--calls and --duration say how long to hold a load: give --concurrency, --ramp or --rate with them")
        }
        let calls = try flags.calls.map { text throws(LoadPlanError) in try count(text, flag: "--calls", limit: maximumCalls) }
        let duration = try flags.duration.map { text throws(LoadPlanError) in try Self.duration(text) }
        let arrivals: LoadArrivals = try flags.rate.map { text throws(LoadPlanError) in .openLoop(try ArrivalRate.parse(text)) } ?? .closedLoop
        if let ramp = flags.ramp {
            return LoadPlan(steps: try steps(ramp, calls: calls, duration: duration), arrivals: arrivals, seed: seed)
        }
        let concurrency = try flags.concurrency.map { text throws(LoadPlanError) in
            try count(text, flag: "--concurrency", limit: maximumConcurrency)
        } ?? maximumConcurrency
        return LoadPlan(steps: [LoadStep(concurrency: concurrency, calls: calls, duration: duration)], arrivals: arrivals, seed: seed)
    }

    /// The levels of `--ramp`: numbers split by commas, each optionally `:calls`.
    static func steps(_ text: String, calls: Int?, duration: SimDuration?) throws(LoadPlanError) -> [LoadStep] {
        let items = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard !items.contains(where: \.isEmpty) else {
            throw .badValue("--ramp", text, "levels are numbers split by commas, as in 1,5,10,20,40")
        }
        var steps: [LoadStep] = []
        for item in items {
            let parts = item.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard let level = Int(parts[0]), (1...maximumConcurrency).contains(level) else {
                throw .badValue("--ramp", text, "\"\(item)\" is not a number of calls in flight from 1 to \(maximumConcurrency)")
            }
            var held = calls
            if parts.count == 2 {
                guard let own = Int(parts[1]), (1...maximumCalls).contains(own) else {
                    throw .badValue("--ramp", text, "\"\(item)\": after the colon comes the number of calls to hold the level for")
                }
                held = own
            }
            steps.append(LoadStep(concurrency: level, calls: held, duration: parts.count == 2 ? nil : duration))
        }
        return steps
    }

    /// A whole number from 1 to `limit`.
    static func count(_ text: String, flag: String, limit: Int) throws(LoadPlanError) -> Int {
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)), (1...limit).contains(value) else {
            throw .badValue(flag, text, "a whole number from 1 to \(limit)")
        }
        return value
    }

    /// A duration such as `10m`, `90s`, `1h`, `1m30s` or `500ms`, above zero and at most 24 h.
    public static func duration(_ text: String, flag: String = "--duration") throws(LoadPlanError) -> SimDuration {
        let units: [(suffix: String, microseconds: Double)] = [("ms", 1000), ("h", 3_600_000_000), ("m", 60_000_000), ("s", 1_000_000)]
        var rest = Substring(text.trimmingCharacters(in: .whitespaces).lowercased())
        var total = 0.0
        let bad = LoadPlanError.badValue(flag, text, "a duration is a number with h, m, s or ms, as in 10m, 90s or 1m30s")
        guard !rest.isEmpty else { throw bad }
        while !rest.isEmpty {
            let number = rest.prefix { $0.isNumber || $0 == "." }
            guard let value = Double(number) else { throw bad }
            rest = rest.dropFirst(number.count)
            guard let unit = units.first(where: { rest.hasPrefix($0.suffix) }) else { throw bad }
            rest = rest.dropFirst(unit.suffix.count)
            total += value * unit.microseconds
        }
        let duration = SimDuration(microseconds: Int64(total.rounded()))
        guard duration > .zero, duration <= maximumDuration else {
            throw .badValue(flag, text, "a duration above zero and at most 24h")
        }
        return duration
    }
}
