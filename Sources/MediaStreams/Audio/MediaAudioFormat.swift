/// The audio a media stream carries in both directions: its encoding and rate, mono.
public struct MediaAudioFormat: Sendable, Equatable, CustomStringConvertible {
    /// How samples become bytes.
    public enum Encoding: String, Sendable, Equatable {
        /// G.711 μ-law, one byte a sample.
        case mulaw
        /// 16-bit linear PCM, little-endian (raw PCM16 servers, Vonage).
        case pcm16LittleEndian
        /// 16-bit linear PCM, big-endian (RTP's L16).
        case pcm16BigEndian
    }

    /// The encoding.
    public var encoding: Encoding
    /// Samples a second.
    public var sampleRate: Int

    /// Creates a format.
    public init(encoding: Encoding, sampleRate: Int) {
        self.encoding = encoding
        self.sampleRate = sampleRate
    }

    /// G.711 μ-law at 8 kHz: Twilio's and Telnyx's default.
    public static let mulaw8k = MediaAudioFormat(encoding: .mulaw, sampleRate: 8000)

    /// Samples in 20 ms.
    public var frameSamples: Int { sampleRate / 50 }

    public var description: String {
        switch encoding {
        case .mulaw: "μ-law at \(sampleRate) Hz"
        case .pcm16LittleEndian: "16-bit little-endian PCM at \(sampleRate) Hz"
        case .pcm16BigEndian: "16-bit big-endian PCM at \(sampleRate) Hz"
        }
    }
}
