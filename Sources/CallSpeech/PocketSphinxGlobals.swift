import CPocketSphinx
import Synchronization

/// sphinxbase's process-wide state: its log destination. Logging is switched off once
/// (decoders running on several threads would otherwise share, and close, one log
/// file), and decoder creation and destruction hold this lock.
struct PocketSphinxGlobals: ~Copyable {
    static let shared = Mutex(PocketSphinxGlobals())

    private init() {
        err_set_logfp(nil)
    }
}
