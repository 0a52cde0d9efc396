import SimTime

/// Packet-loss draws: Bernoulli or netem's four-parameter Gilbert–Elliott model.
public struct LossProcess: Sendable {
    private let model: LineConfig.Loss?
    private var bad = false
    private var rng: SeededGenerator

    /// A process for `model` (nil = no loss) with its own random stream.
    public init(_ model: LineConfig.Loss?, seed: UInt64) {
        self.model = model
        self.rng = SeededGenerator(seed: seed)
    }

    /// Whether the next packet is lost. As in netem, the state moves first and the
    /// loss is drawn with the probability of the state the packet started in.
    public mutating func nextIsLost() -> Bool {
        switch model {
        case nil:
            return false
        case .bernoulli(let rate):
            return rng.nextUnit() < rate
        case .gilbert(let p, let r, let lossInBad, let lossInGood):
            let wasBad = bad
            if wasBad {
                if rng.nextUnit() < r { bad = false }
            } else {
                if rng.nextUnit() < p { bad = true }
            }
            return rng.nextUnit() < (wasBad ? lossInBad : lossInGood)
        }
    }

    /// The long-run loss rate the model implies.
    public static func expectedLossRate(_ model: LineConfig.Loss?) -> Double {
        switch model {
        case nil: 0
        case .bernoulli(let rate): rate
        case .gilbert(let p, let r, let lossInBad, let lossInGood):
            (p / (p + r)) * lossInBad + (r / (p + r)) * lossInGood
        }
    }
}
