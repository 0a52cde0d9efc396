import Foundation
import Synchronization

extension PocketSphinxRecognizer {
    /// Where the feature parameters go by default: `pocketsphinx` in the user's cache folder.
    public static var defaultCacheDirectory: String { UserCacheFolder.path("pocketsphinx") }

    private static let writers = Atomic<Int>(0)

    /// The model's feat.params overrides command-line options, so live cepstral mean
    /// normalisation needs a feat.params of its own: the model's, with `-cmn live` and
    /// our starting mean, in the private folder `directory`, named by a hash of its content.
    ///
    /// A file already there is used only when it holds exactly that content. Otherwise the
    /// text goes to a temporary file of this writer's own and is renamed into place, so
    /// decoders starting at once in one or several processes never see a partial file; a
    /// writer whose rename fails takes the finished file of another as success.
    static func liveFeatureParameters(model: String, mean: [Float], in directory: String) throws(SpeechError) -> String {
        let original = (try? String(contentsOfFile: model + "/feat.params", encoding: .utf8)) ?? ""
        var lines = original.split(separator: "\n").filter { !$0.hasPrefix("-cmn ") && !$0.hasPrefix("-cmninit ") }.map(String.init)
        lines.append("-cmn live")
        lines.append("-cmninit " + mean.map { String(format: "%.2f", $0) }.joined(separator: ","))
        let text = lines.joined(separator: "\n") + "\n"
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in (model + text).utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        try UserCacheFolder.makePrivate(directory)
        let name = "feat-\(String(hash, radix: 16)).params"
        let path = directory + "/" + name
        func finished() -> Bool { (try? String(contentsOfFile: path, encoding: .utf8)) == text }
        if finished() { return path }

        let temporary = directory + "/.\(name).\(getpid()).\(writers.add(1, ordering: .relaxed).newValue).tmp"
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary), options: .withoutOverwriting)
        } catch {
            unlink(temporary)
            if finished() { return path }
            throw .engineFailed("cannot write the feature parameters into \(directory): \(error.localizedDescription)")
        }
        if rename(temporary, path) != 0 {
            let failure = String(cString: strerror(errno))
            unlink(temporary)
            if finished() { return path }
            throw .engineFailed("cannot write \(path): \(failure)")
        }
        return path
    }
}
