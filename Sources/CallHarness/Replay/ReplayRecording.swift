import CallAudio

/// A recording to replay, read from any file libsndfile understands at any rate: the
/// caller's channel and, for a stereo file, the original agent's, both at the line's
/// rate. A mono file is the caller alone.
struct ReplayRecording {
    /// The file.
    let path: String
    /// Channels in the file (1 or 2).
    let channels: Int
    /// The file's own sample rate.
    let fileRate: Int
    /// The channel that holds the caller.
    let callerChannel: Int
    /// The caller's audio at `sampleRate`.
    let caller: [Float]
    /// The original agent's audio at `sampleRate` (stereo files only).
    let agent: [Float]?
    /// The line's rate, which both channels are brought to.
    let sampleRate: Int

    /// Reads `path`, taking the caller from `callerChannel` (0 or 1).
    init(path: String, callerChannel: Int, sampleRate: Int) throws {
        try self.init(AudioFile.read(path), path: path, callerChannel: callerChannel, sampleRate: sampleRate)
    }

    /// The recording `file`, already read from `path`.
    init(_ file: AudioBuffer, path: String, callerChannel: Int, sampleRate: Int) throws {
        guard file.channels <= 2 else { throw ReplayError.tooManyChannels(path, file.channels) }
        guard callerChannel >= 0, callerChannel < file.channels else {
            throw ReplayError.noSuchChannel(path, channel: callerChannel, channels: file.channels)
        }
        func channel(_ index: Int) -> [Float] {
            let mono = file.channels == 1 ? file : file.channel(index)
            return (mono.sampleRate == sampleRate ? mono : Resampler.resample(mono, to: sampleRate)).samples
        }
        self.path = path
        self.channels = file.channels
        self.fileRate = file.sampleRate
        self.callerChannel = callerChannel
        self.sampleRate = sampleRate
        self.caller = channel(callerChannel)
        self.agent = file.channels == 2 ? channel(1 - callerChannel) : nil
    }

    /// Length in milliseconds.
    var durationMs: Double { Double(caller.count) * 1000 / Double(sampleRate) }
}
