extension EmailParser {
    /// Words spelled out when read back, because the parser would read them as something else.
    static let spellOut: Set<String> = ["double", "triple", "oh", "point", "sign", "symbol", "under", "score", "rate", "dotcom", "dotnet", "dotorg"]

    /// An address as an agent reads it out: "john.smith@example.com" → "john dot smith
    /// at example dot com"; "j2@x.co.uk" → "j two at x dot c o dot u k". Runs of letters
    /// are said as a word when they have three or more letters with a vowel and are no
    /// word the parser reads otherwise ("dot", "one", "the", "come", "mail" before the
    /// "@" …), else letter by
    /// letter; digits one by one; ".", "_", "-", "+" as "dot", "underscore", "dash", "plus".
    public static func spoken(_ address: String) -> String {
        var words: [String] = []
        var run = ""
        var local = address.contains("@")
        func flush() {
            if run.isEmpty { return }
            if run.first!.isNumber {
                words += run.compactMap { $0.wholeNumberValue.map { NumberWords.ones[$0] } }
            } else if isSayable(run, local: local) {
                words.append(run)
            } else {
                words += run.map(String.init)
            }
            run = ""
        }
        for ch in address.lowercased() {
            if let last = run.last, last.isNumber != ch.isNumber || !(ch.isLetter || ch.isNumber) { flush() }
            switch ch {
            case "@": words.append("at"); local = false
            case ".": words.append("dot")
            case "_": words.append("underscore")
            case "-": words.append("dash")
            case "+": words.append("plus")
            case _ where ch.isASCII && (ch.isLetter || ch.isNumber): run.append(ch)
            default: break
            }
        }
        flush()
        return words.joined(separator: " ")
    }

    static func isSayable(_ run: String, local: Bool) -> Bool {
        run.count >= 3 && run.contains(where: { "aeiouy".contains($0) }) && isAddressWord(run, local: local)
            && separatorWords[run] == nil && !skipped.contains(run) && !spellOut.contains(run) && topLevelFixes[run] == nil
            && SpokenLetters.names[run] == nil && CardinalReading.basic(run) == nil && run != "hundred" && run != "thousand"
    }
}
