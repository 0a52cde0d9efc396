/// Which calls keep their recording (call.wav) and trace (trace.jsonl).
public enum KeepAudio: String, Sendable, CaseIterable {
    /// Every call (the default of `run` and `replay`).
    case all
    /// Failed calls only (the default of `sweep`: a 1,000-call sweep with every
    /// recording would fill gigabytes).
    case failing
}
