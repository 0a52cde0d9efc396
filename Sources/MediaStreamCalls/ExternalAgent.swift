import AgentInterface
import CallHarness
import CallScenario
import CallText
import Foundation
import MediaSockets
import MediaStreams
import SimTime

/// An agent that runs elsewhere, called the way a carrier calls it: each call opens the
/// media-stream WebSocket its configuration names, on a real-time (monotonic) clock, and
/// plays the phone network — the caller's audio out every 20 ms, the agent's audio
/// queued and played at the real rate, marks echoed, clears obeyed. An agent that cannot
/// be reached, breaks the protocol or drops the line gives a failed call with the
/// reason, never a stopped run. Header and URL values from the environment are read when
/// a call connects and never appear in anything it reports.
public final class ExternalAgent: CallableAgent {
    public let config: AgentConfig
    /// The `external` part of the configuration.
    public let external: ExternalAgentConfig
    /// The protocol.
    public let dialect: any MediaStreamDialect
    private let environment: [String: String]
    /// How the caller hears the agent: by recognizing its audio, always (an agent elsewhere
    /// publishes no captions).
    public let listening: CallerListening

    /// Prepares calls to the agent `config.external` describes, the caller recognizing its
    /// audio with `listening`'s recognizer (the generic model when `listening` asks for
    /// captions, which such an agent has none of); `environment` supplies the `${NAME}`
    /// references (by default the process's).
    public init(_ config: AgentConfig, listening: CallerListening = .recognition(.genericEnglish),
                environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard let external = config.external else {
            throw ScenarioError(file: config.file, line: nil, key: "external", message: "is required for an agent called over a media stream")
        }
        self.config = config
        self.external = external
        // Every protocol the configuration can name has a dialect.
        dialect = MediaStreamDialects.named(external.mediaProtocol.rawValue) ?? TwilioDialect()
        self.environment = environment
        self.listening = listening == .captions ? .recognition(.genericEnglish) : listening
    }

    /// The maker a run uses for agents with `external`.
    public static let maker = AgentMaker { config, listening in try ExternalAgent(config, listening: listening) }

    public var clock: SchedulerClock { .monotonic }
    public var simulatedLatency: LatencyProfile? { nil }
    public var today: CalendarDate? { external.today.flatMap { CalendarDate(iso: $0) } }
    public var callTimeLimitMs: Int? { external.callTimeoutMs }
    public var unpronounceable: [String] { [] }
    public var audioSampleRate: Int? { dialect.format.sampleRate }

    /// Connects one call: the WebSocket handshake happens here, before the call's clock
    /// starts. A connection that fails gives an agent whose line is dead from the start.
    public func connect(_ setup: CallSetup) throws -> (agent: any CallAnswering, close: () -> Void) {
        let stream = StreamStart.derived(seed: setup.seed, customParameters: external.customParameters)
        let session = CarrierSession(dialect: dialect, stream: stream)
        var secrets: [String] = []
        do {
            let (url, urlSecrets) = try EnvironmentTemplate.resolve(external.url, field: "external.url", environment: environment)
            secrets = urlSecrets
            let headers = try MediaSocketHeaders(resolving: external.headers, environment: environment)
            secrets += headers.secrets
            let options = MediaSocketClient.Options(url: try MediaSocketURL(url), headers: headers,
                                                    connectTimeout: .milliseconds(external.connectTimeoutMs))
            let link = try MediaStreamLink(scheduler: setup.scheduler, session: session, options: options)
            let agent = MediaStreamAgent(link: link, external: external, lineRate: setup.lineSampleRate, secrets: secrets)
            return (agent, { link.close() })
        } catch {
            let why = Self.mask("cannot reach the agent: \(error)", secrets: secrets)
            let cause: OutsideView.Unreachable = error.isTimeout ? .timeout : .refused
            return (DeadLine(why: why, cause: cause, protocolName: dialect.name, address: Self.mask(Self.shownAddress(external.url), secrets: secrets),
                             lineRate: setup.lineSampleRate), {})
        }
    }

    /// The URL as it may be shown: up to its query, references unresolved.
    static func shownAddress(_ url: String) -> String {
        String(url.prefix { $0 != "?" && $0 != "#" })
    }

    /// `text` with every secret blanked out.
    static func mask(_ text: String, secrets: [String]) -> String {
        secrets.filter { !$0.isEmpty }.reduce(text) { $0.replacingOccurrences(of: $1, with: "***") }
    }
}
