import ArgumentParser

/// A `--seed` value as typed, checked when the command runs: parsed unconditionally
/// (`--seed -1` is a value, not an option), so a negative number, a word or a number out
/// of range gets one line saying what a seed is, not "Missing value".
struct SeedText: ExpressibleByArgument {
    let text: String

    init(argument: String) { text = argument }

    var defaultValueDescription: String { text }

    /// The seed, or bad input naming the option and the value.
    func value() throws(BadInput) -> UInt64 {
        guard let seed = UInt64(text) else {
            throw BadInput("--seed \(text): expected a whole number from 0 to \(UInt64.max)")
        }
        return seed
    }
}
