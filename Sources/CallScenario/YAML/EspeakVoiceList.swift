import Foundation

/// The voices and variants espeak-ng has on this machine, as `espeak-ng --voices` and
/// `espeak-ng --voices=variant` list them (read once per process), so a scenario or agent
/// naming a voice that is not there is bad input when it is loaded, not a silent caller
/// when it runs.
///
/// espeak-ng itself falls back to the nearest language for a name it does not know
/// (`en-bogus` speaks as `en`) and ignores a variant it cannot find (`+f9` speaks as
/// no variant), so its exit status cannot tell; names are checked against the lists.
/// A voice is a language code of the list (any case, as espeak-ng matches it) with an
/// optional `+variant`, a file name of its `!v` folder (exact case, as it opens it).
struct EspeakVoiceList: Sendable {
    /// Language codes, lowercased: each voice's own and the other languages it answers to.
    let languages: Set<String>
    /// Variant names, as spelled in espeak-ng's `!v` folder.
    let variants: Set<String>

    /// Where the `espeak-ng` program is looked for (as the synthesizer looks for it).
    static let programs = ["/usr/bin/espeak-ng", "/usr/local/bin/espeak-ng"]

    /// The installed lists, or nil when espeak-ng is missing or lists nothing.
    static let installed: EspeakVoiceList? = {
        guard let program = programs.first(where: { FileManager.default.isExecutableFile(atPath: $0) }),
              let voices = run(program, "--voices"), let variants = run(program, "--voices=variant") else { return nil }
        let list = EspeakVoiceList(voices: voices, variants: variants)
        return list.languages.isEmpty ? nil : list
    }()

    /// The lists from the text of `espeak-ng --voices` and `espeak-ng --voices=variant`
    /// (columns: priority, language, age/gender, voice name, file, other languages).
    init(voices: String, variants: String) {
        var languages = Set<String>()
        for fields in Self.rows(voices) {
            languages.insert(fields[1].lowercased())
            for other in fields.dropFirst(5) where other.hasPrefix("(") { languages.insert(String(other.dropFirst()).lowercased()) }
        }
        self.languages = languages
        self.variants = Set(Self.rows(variants).compactMap { $0[4].hasPrefix("!v/") ? String($0[4].dropFirst(3)) : nil })
    }

    /// Why `name` (`en-us`, `en-gb+f3`) is not a voice here, or nil when it is.
    func problem(with name: String) -> String? {
        let parts = name.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty }) else {
            return "'espeak/\(name)' is not espeak/voice or espeak/voice+variant (for example espeak/en-us+f3)"
        }
        if !languages.contains(parts[0].lowercased()) {
            return "unknown espeak voice '\(parts[0])'\(Self.hint(parts[0].lowercased(), among: languages)); espeak-ng --voices lists the voices"
        }
        if parts.count == 2, !variants.contains(parts[1]) {
            return "unknown espeak variant '\(parts[1])'\(Self.hint(parts[1], among: variants)); espeak-ng --voices=variant lists the variants (for example f3, m2)"
        }
        return nil
    }

    /// ` (did you mean 'x'?)` for the closest of `names` when it is close.
    private static func hint(_ name: String, among names: Set<String>) -> String {
        guard let closest = names.min(by: { (editDistance($0, name), $0) < (editDistance($1, name), $1) }),
              editDistance(closest, name) <= 2 else { return "" }
        return " (did you mean '\(closest)'?)"
    }

    /// The data rows of a `--voices` listing, split at white space (at least 5 fields each).
    private static func rows(_ text: String) -> [[String]] {
        text.split(separator: "\n").dropFirst().map { $0.split(whereSeparator: \.isWhitespace).map(String.init) }.filter { $0.count >= 5 }
    }

    /// The standard output of `program arguments`, or nil when it fails.
    private static func run(_ program: String, _ arguments: String...) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
