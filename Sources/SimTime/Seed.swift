/// Derives independent, reproducible seeds from a run seed and names (scenario id, sweep
/// cell, stage), so a subset, a shard or a parallel run reproduces the same call exactly.
public enum Seed {
    /// A seed for `parts` under `base`: FNV-1a over the UTF-8 of each part, mixed with
    /// SplitMix64. Order matters; ("a", "bc") and ("ab", "c") differ.
    public static func derive(_ base: UInt64, _ parts: String...) -> UInt64 {
        derive(base, parts)
    }

    /// A seed for `parts` under `base`.
    public static func derive(_ base: UInt64, _ parts: [String]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
            hash ^= 0xFF // separator
            hash &*= 0x0000_0100_0000_01B3
        }
        var mixer = SplitMix64(state: base ^ hash)
        return mixer.next()
    }
}
