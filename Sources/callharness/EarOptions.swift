import ArgumentParser
import CallHarness

/// `--ear`: how the simulated caller listens to an in-process agent.
struct EarOptions: ParsableArguments {
    @Option(help: ArgumentHelp("How the caller knows what the agent says: captions (the words its audio carries, the default), recognize (pocketsphinx with the generic English model, from the audio alone) or recognize=PHRASES.txt (a language model built from what the agent says, one phrase a line).", valueName: "captions|recognize[=FILE]"))
    var ear = "captions"

    /// The setting `--ear` names; a phrase file that cannot be read or has no phrases is bad input.
    func listening() throws -> CallerListening {
        if ear == "captions" { return .captions }
        if ear == "recognize" { return .recognition(.genericEnglish) }
        if ear.hasPrefix("recognize="), ear.count > "recognize=".count {
            let file = String(ear.dropFirst("recognize=".count))
            return .recognition(try reportingBadInput { try CallerRecognition.phrases(file: file) })
        }
        throw BadInput("--ear \(ear): expected captions, recognize or recognize=PHRASES.txt")
    }
}
