import VoicePipeline

/// The process-wide cache of synthesized speech, as the command line and benchmarks see
/// it: where its disk layer lives and how it has been used.
public enum SpeechCache {
    /// How the cache has served requests.
    public struct Usage: Sendable, Equatable {
        /// Requests answered from memory.
        public var memoryHits: Int
        /// Requests answered from a disk file.
        public var diskHits: Int
        /// Requests that ran the synthesizer.
        public var syntheses: Int
        /// Cache files written.
        public var diskWrites: Int
        /// Cache files found unusable and replaced.
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
