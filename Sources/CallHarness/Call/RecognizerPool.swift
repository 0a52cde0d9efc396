import CallSpeech
import Synchronization

/// Recognizers are slow to load (0.2–0.4 s) and not thread-safe: calls borrow one for
/// their whole length and give it back, so each is loaded once per worker.
final class RecognizerPool: Sendable {
    private struct Box: @unchecked Sendable { let recognizer: PocketSphinxRecognizer }
    private let idle = Mutex<[PocketSphinxConfiguration: [Box]]>([:])

    /// The process-wide pool.
    static let shared = RecognizerPool()

    /// A recognizer for `configuration`, loading one if none is idle.
    func borrow(_ configuration: PocketSphinxConfiguration) throws(SpeechError) -> PocketSphinxRecognizer {
        if let box = idle.withLock({ $0[configuration]?.popLast() }) { return box.recognizer }
        return try PocketSphinxRecognizer(configuration: configuration)
    }

    /// Returns a recognizer for reuse.
    func giveBack(_ recognizer: PocketSphinxRecognizer) {
        let box = Box(recognizer: recognizer)
        idle.withLock { $0[recognizer.configuration, default: []].append(box) }
    }
}
