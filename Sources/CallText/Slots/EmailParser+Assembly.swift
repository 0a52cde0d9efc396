extension EmailParser {
    /// The address text the words of a local part or a domain say, or nil.
    static func assemble(_ span: [String]) -> String? {
        func isLetter(_ j: Int) -> Bool {
            guard span.indices.contains(j) else { return false }
            let w = span[j]
            return w.count == 1 && w.first!.isLetter || SpokenLetters.names[w] != nil
        }
        func isDigit(_ j: Int) -> Bool {
            guard span.indices.contains(j) else { return false }
            let w = span[j]
            return w.allSatisfy(\.isNumber) || w != "oh" && CardinalReading.basic(w) != nil
        }
        var out = ""
        var i = 0
        while i < span.count {
            let w = span[i]
            if let separator = separatorWords[w] {
                out += separator
            } else if skipped.contains(w) {
                // "capital j".
            } else if w == "double" || w == "triple", i + 1 < span.count, let repeated = repeatedSymbol(span, at: i + 1, isDigit: isDigit) {
                out += String(repeating: repeated, count: w == "double" ? 2 : 3)
                i += 2
                continue
            } else if w == "oh" {
                out += isDigit(i - 1) || isDigit(i + 1) ? "0" : "o"
            } else if w.count == 1 || w.allSatisfy(\.isNumber) {
                out += w
            } else if CardinalReading.basic(w) != nil, let group = PhoneParser.group(span, at: i) {
                out += group.digits
                i += group.used
                continue
            } else if let letter = SpokenLetters.names[w], isLetter(i - 1) || isLetter(i + 1) {
                out.append(letter)
            } else if w.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                out += w
            } else {
                return nil
            }
            i += 1
        }
        return out.isEmpty ? nil : out
    }

    /// What "double" or "triple" repeats: a digit, a letter or a letter name; "oh" is 0
    /// next to digits, else o.
    static func repeatedSymbol(_ span: [String], at j: Int, isDigit: (Int) -> Bool) -> String? {
        let w = span[j]
        if w == "oh" || w == "o" { return isDigit(j - 2) || isDigit(j + 1) ? "0" : "o" }
        if let d = PhoneParser.digit(w) { return String(d) }
        if w.count == 1, w.first!.isLetter { return w }
        return SpokenLetters.names[w].map(String.init)
    }
}
