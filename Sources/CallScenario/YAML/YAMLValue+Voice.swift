extension YAMLValue {
    /// The synthesis engines a voice may name.
    static let voiceEngines = ["flite", "espeak"]
    /// flite's compiled-in voices.
    static let fliteVoices = ["kal", "kal16", "slt", "rms", "awb"]

    /// A voice written `engine/name`: a flite voice, or an espeak-ng voice of this machine
    /// (with an optional `+variant`; see `EspeakVoiceList`); with `services`, also
    /// `http/<voice>` of a speech service.
    func voice(services: Bool = false) throws(ScenarioError) -> String {
        let text = try nonEmptyString()
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty else {
            throw error("'\(text)' is not engine/name (for example flite/slt or espeak/en-us)")
        }
        let engines = Self.voiceEngines + (services ? ["http"] : [])
        guard engines.contains(parts[0]) else {
            throw error("unknown voice engine '\(parts[0])'; engines: \(engines.joined(separator: ", "))")
        }
        if parts[0] == "flite", !Self.fliteVoices.contains(parts[1]) {
            let closest = Self.fliteVoices.min { editDistance($0, parts[1]) < editDistance($1, parts[1]) }
            let hint = closest.map { editDistance($0, parts[1]) <= 2 ? " (did you mean 'flite/\($0)'?)" : "" } ?? ""
            throw error("unknown flite voice '\(parts[1])'\(hint); flite voices: \(Self.fliteVoices.joined(separator: ", "))")
        }
        if parts[0] == "espeak" {
            guard let installed = EspeakVoiceList.installed else {
                throw error("espeak-ng is not installed, so '\(text)' cannot be spoken (run scripts/setup)")
            }
            if let problem = installed.problem(with: parts[1]) { throw error(problem) }
        }
        return text
    }
}
