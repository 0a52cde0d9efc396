import COpus

/// Opus (RFC 6716) through libopus: 16 kHz mono voice in 20 ms packets at a constant
/// target bitrate, an encoder and a decoder as the two ends of one line direction.
///
/// Both are stateful, as on a real line: packets are encoded in the order they are sent
/// and decoded in the order they are played, and a missing packet is filled by the
/// decoder's own packet-loss concealment (`decode(nil)`). The decoded audio lags the
/// input by the encoder's look-ahead (`lookahead`, 6.5 ms at 16 kHz): real codec delay.
public final class OpusCodec {
    /// The rate Opus runs at here (wideband).
    public static let sampleRate = 16000
    /// Samples in one 20 ms packet.
    public static let frameLength = sampleRate / 50
    /// Bitrates libopus accepts, in bits per second.
    public static let bitrates = 6000...510_000

    /// The target bitrate, in bits per second.
    public let bitrate: Int
    private let encoder: OpaquePointer
    private let decoder: OpaquePointer

    /// An encoder/decoder pair at `bitrate` (within `bitrates`).
    public init(bitrate: Int) {
        precondition(Self.bitrates.contains(bitrate), "Opus bitrate \(bitrate) is outside \(Self.bitrates)")
        var error: Int32 = 0
        guard let encoder = opus_encoder_create(Int32(Self.sampleRate), 1, OPUS_APPLICATION_VOIP, &error), error == OPUS_OK,
              let decoder = opus_decoder_create(Int32(Self.sampleRate), 1, &error), error == OPUS_OK else {
            preconditionFailure("libopus could not create a 16 kHz mono codec (error \(error))")
        }
        self.bitrate = bitrate
        self.encoder = encoder
        self.decoder = decoder
        _ = callharness_opus_set_bitrate(encoder, Int32(bitrate))
        _ = callharness_opus_set_complexity(encoder, 5)
        _ = callharness_opus_set_signal_voice(encoder)
    }

    deinit {
        opus_encoder_destroy(encoder)
        opus_decoder_destroy(decoder)
    }

    /// The encoder's algorithmic delay, in samples.
    public var lookahead: Int { Int(callharness_opus_lookahead(encoder)) }

    /// Encodes one 20 ms frame (`frameLength` samples, shorter ones padded with silence).
    public func encode(_ frame: [Float]) -> [UInt8] {
        var input = frame.prefix(Self.frameLength).map { max(-1, min(1, $0)) }
        if input.count < Self.frameLength { input += [Float](repeating: 0, count: Self.frameLength - input.count) }
        var packet = [UInt8](repeating: 0, count: 1500)
        let bytes = opus_encode_float(encoder, input, Int32(Self.frameLength), &packet, Int32(packet.count))
        precondition(bytes > 0, "opus_encode_float failed (\(bytes))")
        return Array(packet.prefix(Int(bytes)))
    }

    /// Decodes one packet into 20 ms of audio; nil conceals a missing packet.
    public func decode(_ packet: [UInt8]?) -> [Float] {
        var output = [Float](repeating: 0, count: Self.frameLength)
        let samples: Int32
        if let packet, !packet.isEmpty {
            samples = opus_decode_float(decoder, packet, Int32(packet.count), &output, Int32(Self.frameLength), 0)
        } else {
            samples = opus_decode_float(decoder, nil, 0, &output, Int32(Self.frameLength), 0)
        }
        // A corrupt packet decodes to nothing: the listener hears a gap.
        return samples == Int32(Self.frameLength) ? output : [Float](repeating: 0, count: Self.frameLength)
    }
}
