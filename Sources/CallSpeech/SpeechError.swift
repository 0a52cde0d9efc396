/// Why a speech engine could not do what was asked. Its description is one line.
public struct SpeechError: Error, CustomStringConvertible, Equatable {
    private enum Reason: Equatable {
        case unknownVoice(String, known: [String])
        case badRate(Double)
        case engineFailed(String)
        case modelMissing(String)
        case cacheFolder(String, String)
    }

    private let reason: Reason

    private init(_ reason: Reason) { self.reason = reason }

    static func unknownVoice(_ voice: String, known: [String]) -> Self { .init(.unknownVoice(voice, known: known)) }
    static func badRate(_ rate: Double) -> Self { .init(.badRate(rate)) }
    /// An engine failure described in one line.
    public static func engineFailed(_ why: String) -> Self { .init(.engineFailed(why)) }
    static func modelMissing(_ path: String) -> Self { .init(.modelMissing(path)) }
    static func cacheFolder(_ path: String, _ why: String) -> Self { .init(.cacheFolder(path, why)) }

    public var description: String {
        switch reason {
        case .unknownVoice(let voice, let known):
            "unknown voice '\(voice)' (known: \(known.joined(separator: ", ")))"
        case .badRate(let rate): "speaking rate \(rate) is out of range (0.25…4)"
        case .engineFailed(let why): why
        case .modelMissing(let path): "speech model not found at \(path) (run scripts/setup)"
        case .cacheFolder(let path, let why): "cache folder \(path) \(why)"
        }
    }
}
