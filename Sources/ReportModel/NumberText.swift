import Foundation

/// Numbers as the gate and the reports write them.
public enum NumberText {
    /// A fraction as a percentage with one decimal: 0.925 → "92.5%".
    public static func percent(_ fraction: Double) -> String { String(format: "%.1f%%", fraction * 100) }

    /// `x` with `digits` decimals and its sign ("+3.5", "−12"); zero has none.
    public static func signed(_ x: Double, digits: Int) -> String {
        let text = String(format: "%.\(digits)f", abs(x))
        guard text.contains(where: { $0 != "0" && $0 != "." }) else { return text }
        return (x < 0 ? "−" : "+") + text
    }

    /// A whole number without decimals, other numbers as short as they go.
    public static func number(_ x: Double) -> String {
        x == x.rounded() ? String(format: "%.0f", x) : String(format: "%g", x)
    }
}
