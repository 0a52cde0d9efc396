import CPocketSphinx
import CallAudio
import Foundation

/// Streaming recognition with CMU PocketSphinx (16 kHz, US English acoustic model).
///
/// Audio is re-blocked internally into 20 ms blocks before it reaches the decoder, so the
/// same audio gives the same text whatever the chunk size. The cepstral mean starts from
/// the configured value at `reset()` and, by default, adapts over a call's utterances
/// like a live recognizer's; `.perUtterance` adaptation makes every utterance start afresh.
public final class PocketSphinxRecognizer: SpeechRecognizing {
    public let sampleRate = 16000
    /// What was loaded.
    public let configuration: PocketSphinxConfiguration

    private let decoder: OpaquePointer
    private static let blockSize = 320
    private var pending: [Int16] = []
    private var lastPartial = ""
    private var inUtterance = false

    /// Loads the model, dictionary and search of `configuration` (0.2–7 s, depending on
    /// dictionary size), with its feature parameters in `defaultCacheDirectory`.
    public convenience init(configuration: PocketSphinxConfiguration = .genericEnglish) throws(SpeechError) {
        try self.init(configuration: configuration, cacheDirectory: Self.defaultCacheDirectory)
    }

    /// Loads the model, dictionary and search of `configuration`, with the feature
    /// parameters it writes in the private folder `cacheDirectory`.
    public init(configuration: PocketSphinxConfiguration, cacheDirectory: String) throws(SpeechError) {
        self.configuration = configuration
        let searchPath: String
        let searchFlag: String
        switch configuration.search {
        case .languageModel(let path): (searchFlag, searchPath) = ("-lm", path)
        case .grammar(let path): (searchFlag, searchPath) = ("-jsgf", path)
        case .keywords(let path): (searchFlag, searchPath) = ("-kws", path)
        }
        for path in [configuration.acousticModel, configuration.dictionary, searchPath] where !FileManager.default.fileExists(atPath: path) {
            throw .modelMissing(path)
        }
        let featParams = try Self.liveFeatureParameters(model: configuration.acousticModel, mean: configuration.cepstralMean,
                                                        in: cacheDirectory)
        let arguments = [
            "-hmm", configuration.acousticModel,
            "-dict", configuration.dictionary,
            searchFlag, searchPath,
            "-featparams", featParams,
            "-remove_noise", "no",
        ]
        guard let decoder = Self.makeDecoder(arguments) else {
            throw .engineFailed("pocketsphinx could not load \(configuration.acousticModel) with \(searchPath)")
        }
        self.decoder = decoder
        reset()
    }

    deinit { _ = PocketSphinxGlobals.shared.withLock { _ in ps_free(decoder) } }

    public func reset() {
        if inUtterance { _ = end() }
        // A new stream: the front end's noise and silence statistics start afresh, so a
        // call does not depend on the calls this decoder heard before it.
        ps_start_stream(decoder)
        var mean = configuration.cepstralMean
        if let cmn = callharness_ps_cmn(decoder) { cmn_live_set(cmn, &mean) }
    }

    public func begin() {
        if inUtterance { _ = end() }
        if configuration.adaptation == .perUtterance { reset() }
        pending.removeAll(keepingCapacity: true)
        lastPartial = ""
        ps_start_utt(decoder)
        inUtterance = true
    }

    public func accept(_ samples: [Float]) -> String? {
        if !inUtterance { begin() }
        pending.append(contentsOf: samples.map(PCM.int16))
        var offset = 0
        while pending.count - offset >= Self.blockSize {
            process(offset, Self.blockSize)
            offset += Self.blockSize
        }
        if offset > 0 { pending.removeFirst(offset) }
        let partial = hypothesis()
        guard partial != lastPartial else { return nil }
        lastPartial = partial
        return partial
    }

    public func end() -> String {
        guard inUtterance else { return "" }
        if !pending.isEmpty { process(0, pending.count) }
        pending.removeAll(keepingCapacity: true)
        ps_end_utt(decoder)
        inUtterance = false
        return hypothesis()
    }

    /// The decoder's current cepstral mean (after `end()`, it includes the last
    /// utterance); use it to calibrate `PocketSphinxConfiguration.cepstralMean`.
    public func currentCepstralMean() -> [Float] {
        var mean = [Float](repeating: 0, count: configuration.cepstralMean.count)
        if let cmn = callharness_ps_cmn(decoder) { cmn_live_get(cmn, &mean) }
        return mean
    }

    private func process(_ offset: Int, _ count: Int) {
        pending.withUnsafeBufferPointer { buffer in
            _ = ps_process_raw(decoder, buffer.baseAddress! + offset, count, 0, 0)
        }
    }

    private func hypothesis() -> String {
        var score: Int32 = 0
        guard let text = ps_get_hyp(decoder, &score) else { return "" }
        return String(cString: text)
    }

    /// Creates a decoder. Loading is serialized: sphinxbase keeps its logging state in
    /// process-wide variables, which concurrent `ps_init` calls would corrupt.
    private static func makeDecoder(_ arguments: [String]) -> OpaquePointer? {
        PocketSphinxGlobals.shared.withLock { _ in
            var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
            defer { argv.forEach { free($0) } }
            guard let config = cmd_ln_parse_r(nil, ps_args(), Int32(argv.count), &argv, 1) else { return nil }
            defer { cmd_ln_free_r(config) }
            return ps_init(config)
        }
    }
}
