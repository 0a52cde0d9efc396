import Foundation

/// Maps a data interval onto a pixel interval, with round tick values for its axis.
struct LinearScale {
    /// The data interval.
    let domain: ClosedRange<Double>
    /// The pixel interval `domain` maps onto (the upper bound may be the smaller, for y).
    let from: Double
    let to: Double

    /// A scale over `lower...upper` widened to round numbers, mapped to `from`→`to`.
    init(covering lower: Double, _ upper: Double, from: Double, to: Double, ticks: Int = 6) {
        let step = Self.niceStep(span: upper - lower, ticks: ticks)
        let low = (lower / step).rounded(.down) * step
        var high = (upper / step).rounded(.up) * step
        if high <= low { high = low + step }
        self.domain = low...high
        self.from = from
        self.to = to
    }

    /// The pixel position of `value`.
    func callAsFunction(_ value: Double) -> Double {
        from + (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound) * (to - from)
    }

    /// Round values across the domain, about `count` of them.
    func ticks(_ count: Int = 6) -> [Double] {
        let step = Self.niceStep(span: domain.upperBound - domain.lowerBound, ticks: count)
        var values: [Double] = []
        var value = (domain.lowerBound / step).rounded(.up) * step
        while value <= domain.upperBound + step * 1e-9 {
            values.append(abs(value) < step * 1e-9 ? 0 : value)
            value += step
        }
        return values
    }

    /// 1, 2 or 5 times a power of ten, so that `span` holds about `ticks` steps.
    static func niceStep(span: Double, ticks: Int) -> Double {
        guard span > 0, span.isFinite else { return 1 }
        let raw = span / Double(max(ticks, 1))
        let magnitude = pow(10, floor(log10(raw)))
        let fraction = raw / magnitude
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        return nice * magnitude
    }
}
