/// How audio is encoded on the line.
public enum LineCodec: String, CaseIterable, Sendable {
    /// 16 kHz 16-bit linear PCM (WebRTC-like).
    case pcm16
    /// 8 kHz G.711 μ-law (telephony).
    case mulaw
    /// 16 kHz Opus at `opusBitrateKbps` (WebRTC), concealing losses with its own decoder.
    case opus
}
