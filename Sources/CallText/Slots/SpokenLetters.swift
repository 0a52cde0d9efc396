/// Letters as callers say them and a recognizer writes them: the letter itself ("w"),
/// its name ("double u", "double you", "dub", "bee", "zed"), or its NATO word
/// ("whiskey", "x ray"), optionally followed by "as in" and a word ("w as in william").
enum SpokenLetters {
    /// Names of letters, including the recognizer's spellings of them.
    static let names: [String: Character] = [
        "ay": "a", "bee": "b", "be": "b", "see": "c", "sea": "c", "cee": "c", "dee": "d", "ee": "e", "eff": "f", "ef": "f",
        "gee": "g", "jee": "g", "aitch": "h", "haitch": "h", "eye": "i", "aye": "i", "jay": "j", "kay": "k", "el": "l",
        "ell": "l", "elle": "l", "em": "m", "en": "n", "oh": "o", "owe": "o", "pee": "p", "pea": "p", "queue": "q", "cue": "q",
        "kew": "q", "are": "r", "ar": "r", "ess": "s", "es": "s", "tee": "t", "tea": "t", "you": "u", "yew": "u", "ewe": "u",
        "vee": "v", "dub": "w", "dubya": "w", "doubleyou": "w", "doubleu": "w", "ex": "x", "ecks": "x", "why": "y", "wye": "y",
        "zee": "z", "zed": "z",
    ]

    /// The NATO spelling alphabet, with common spellings.
    static let nato: [String: Character] = [
        "alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e", "foxtrot": "f", "golf": "g",
        "hotel": "h", "india": "i", "juliet": "j", "juliett": "j", "kilo": "k", "lima": "l", "mike": "m", "november": "n",
        "oscar": "o", "papa": "p", "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u", "victor": "v",
        "whiskey": "w", "whisky": "w", "xray": "x", "yankee": "y", "zulu": "z",
    ]

    /// Two-word letters: "double u", "double you", "x ray".
    static let pairs: [[String]: Character] = [["double", "u"]: "w", ["double", "you"]: "w", ["x", "ray"]: "x"]

    /// The ways a letter can be said at `i`: (letter, words used). A single-letter word
    /// is that letter; `names` and `alphabet` add letter names and NATO words. A trailing
    /// "as in" and one word is part of it.
    static func letters(_ words: [String], at i: Int, names useNames: Bool = true, alphabet: Bool = true) -> [(Character, Int)] {
        guard i < words.count else { return [] }
        var found: [(Character, Int)] = []
        for (phrase, letter) in pairs where (useNames || phrase[0] == "x") && SlotWords.has(phrase, in: words, at: i) {
            found.append((letter, 2))
        }
        let word = words[i]
        if word.count == 1, let ch = word.first, ch.isASCII, ch.isLetter {
            found.append((ch, 1))
        } else if useNames, let letter = names[word] {
            found.append((letter, 1))
        } else if alphabet, let letter = nato[word] {
            found.append((letter, 1))
        }
        return found.map { letter, used in
            SlotWords.has(["as", "in"], in: words, at: i + used) && i + used + 2 < words.count ? (letter, used + 3) : (letter, used)
        }
    }
}
