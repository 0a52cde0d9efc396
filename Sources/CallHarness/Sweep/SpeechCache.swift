import VoicePipeline

/// The process-wide cache of synthesized speech, as the command line and benchmarks see
/// it: where its disk layer lives and how it has been used.
public enum SpeechCache {
    /// How the cache has served requests.
    public struct Usage: Sendable, Equatable {
        public var memoryHits: Int
        public var diskHits: Int
        public var syntheses: Int
        public var diskWrites: Int
        public var rejectedFiles: Int
    }

    /// `$XDG_CACHE_HOME/callharness/tts`, or `~/.cache/callharness/tts` without it.
    public static var defaultDirectory: String { SynthesisCache.defaultDirectory }

    /// The disk layer's folder, nil for memory only (runs set it from their options).
    public static var directory: String? {
        get { SynthesisCache.shared.directory }
        set { SynthesisCache.shared.directory = newValue }
    }

    /// Counts since the process started.
    public static var usage: Usage {
        let s = SynthesisCache.shared.statistics
        return Usage(memoryHits: s.memoryHits, diskHits: s.diskHits, syntheses: s.syntheses, diskWrites: s.diskWrites, rejectedFiles: s.rejectedFiles)
    }

    /// Forgets what the process holds in memory, so the next requests go to disk.
    public static func forgetMemory() {
        SynthesisCache.shared.removeAllFromMemory()
    }
}
