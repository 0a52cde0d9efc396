/// The shape of per-packet delay variation.
public enum JitterDistribution: String, CaseIterable, Sendable {
    /// Gaussian around the mean delay.
    case normal
    /// Heavy-tailed: mostly small, occasionally large.
    case pareto
}
