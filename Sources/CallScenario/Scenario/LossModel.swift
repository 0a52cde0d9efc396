/// Packet loss on the line.
public enum LossModel: Sendable, Equatable {
    /// Independent losses with probability `rate`.
    case bernoulli(rate: Double)
    /// Gilbert–Elliott bursts: `p` good→bad, `r` bad→good, loss probabilities in each
    /// state (netem's 1−h and 1−k).
    case gilbert(p: Double, r: Double, lossInBad: Double, lossInGood: Double)
}
