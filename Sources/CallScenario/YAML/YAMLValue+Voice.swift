extension YAMLValue {
    /// The synthesis engines a voice may name.
    static let voiceEngines = ["flite", "espeak"]
    /// flite's compiled-in voices.
    static let fliteVoices = ["kal", "kal16", "slt", "rms", "awb"]

    /// A voice written `engine/name`: a flite voice, or any espeak-ng voice (with an
    /// optional `+variant`); with `services`, also `http/<voice>` of a speech service.
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
        return text
    }
}
