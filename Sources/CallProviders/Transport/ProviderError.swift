/// Why a provider call failed. Its description is one line and never holds a secret.
public struct ProviderError: Error, CustomStringConvertible, Equatable, Sendable {
    private enum Reason: Equatable, Sendable {
        case timedOut(ms: Int)
        case status(Int, attempts: Int, body: String)
        case unreachable(String, attempts: Int)
        case badResponse(String)
        case missingKey(variable: String)
        case notInCassette(excerpt: String, folder: String)
        case cassetteUnreadable(file: String, why: String)
        case cassetteUnwritable(file: String, why: String)
    }

    private let reason: Reason
    /// The call, as `METHOD /path`.
    public let call: String
    /// Microseconds from the start of the call to the failure (zero when it never started).
    public let elapsed: Int64

    private init(_ reason: Reason, call: String, elapsed: Int64 = 0) {
        self.reason = reason
        self.call = call
        self.elapsed = elapsed
    }

    static func timedOut(_ call: String, ms: Int, elapsed: Int64) -> Self { .init(.timedOut(ms: ms), call: call, elapsed: elapsed) }
    static func status(_ call: String, _ code: Int, attempts: Int, body: String, elapsed: Int64) -> Self {
        .init(.status(code, attempts: attempts, body: body), call: call, elapsed: elapsed)
    }
    static func unreachable(_ call: String, _ why: String, attempts: Int, elapsed: Int64) -> Self {
        .init(.unreachable(why, attempts: attempts), call: call, elapsed: elapsed)
    }
    static func badResponse(_ call: String, _ why: String, elapsed: Int64) -> Self { .init(.badResponse(why), call: call, elapsed: elapsed) }
    /// The environment variable meant to hold the API key is not set.
    public static func missingKey(_ call: String, variable: String) -> Self { .init(.missingKey(variable: variable), call: call) }
    static func notInCassette(_ call: String, excerpt: String, folder: String) -> Self {
        .init(.notInCassette(excerpt: excerpt, folder: folder), call: call)
    }
    static func cassetteUnreadable(_ call: String, file: String, why: String) -> Self {
        .init(.cassetteUnreadable(file: file, why: why), call: call)
    }
    static func cassetteUnwritable(_ call: String, file: String, why: String) -> Self {
        .init(.cassetteUnwritable(file: file, why: why), call: call)
    }

    /// The error with every secret masked in its texts (a message the provider sent back,
    /// a cassette's recorded failure, an excerpt of the request).
    public func redacted(by redactor: Redactor) -> ProviderError {
        guard !redactor.secrets.isEmpty else { return self }
        let text = redactor.text
        let masked: Reason = switch reason {
        case .timedOut: reason
        case .status(let code, let attempts, let body): .status(code, attempts: attempts, body: text(body))
        case .unreachable(let why, let attempts): .unreachable(text(why), attempts: attempts)
        case .badResponse(let why): .badResponse(text(why))
        case .missingKey: reason
        case .notInCassette(let excerpt, let folder): .notInCassette(excerpt: text(excerpt), folder: folder)
        case .cassetteUnreadable(let file, let why): .cassetteUnreadable(file: file, why: text(why))
        case .cassetteUnwritable(let file, let why): .cassetteUnwritable(file: file, why: text(why))
        }
        return ProviderError(masked, call: text(call), elapsed: elapsed)
    }

    /// True when the provider ran out of time.
    public var isTimeout: Bool {
        if case .timedOut = reason { return true }
        return false
    }

    /// True for problems of the run's setup (a cassette that lacks the call or cannot be
    /// read or written, a missing key) rather than of the provider: they stop the run
    /// instead of becoming the agent's fallback.
    public var stopsRun: Bool {
        switch reason {
        case .missingKey, .notInCassette, .cassetteUnreadable, .cassetteUnwritable: true
        default: false
        }
    }

    public var description: String {
        switch reason {
        case .timedOut(let ms):
            "\(call): no answer within \(ms) ms"
        case .status(let code, let attempts, let body):
            "\(call): HTTP \(code)" + (attempts > 1 ? " after \(attempts) attempts" : "") + (body.isEmpty ? "" : ": \(body)")
        case .unreachable(let why, let attempts):
            "\(call): \(why)" + (attempts > 1 ? " (\(attempts) attempts)" : "")
        case .badResponse(let why):
            "\(call): unreadable response: \(why)"
        case .missingKey(let variable):
            "\(call): the environment variable \(variable) (the API key) is not set"
        case .notInCassette(let excerpt, let folder):
            "\(call)\(excerpt.isEmpty ? "" : " (\(excerpt))") is not in the cassette \(folder); record it with --record"
        case .cassetteUnreadable(let file, let why):
            "\(call): cassette file \(file) is unreadable: \(why)"
        case .cassetteUnwritable(let file, let why):
            "\(call): cannot write cassette file \(file): \(why)"
        }
    }
}
