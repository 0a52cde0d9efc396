import CFlite
import Foundation

/// Pronunciations for words the dictionary lacks, from flite's CMU lexicon and its
/// letter-to-sound rules, in the phone set of the pocketsphinx en-us acoustic model.
enum LetterToSound {
    /// The en-us acoustic model's speech phones (CMU phones without stress).
    static let phones: Set<String> = [
        "AA", "AE", "AH", "AO", "AW", "AY", "B", "CH", "D", "DH", "EH", "ER", "EY", "F", "G", "HH",
        "IH", "IY", "JH", "K", "L", "M", "N", "NG", "OW", "OY", "P", "R", "S", "SH", "T", "TH",
        "UH", "UW", "V", "W", "Y", "Z", "ZH",
    ]

    /// Flite phones that are not plain CMU phones (stress digits already removed).
    static let fliteToCMU: [String: [String]] = [
        "ax": ["AH"], "axr": ["ER"], "ix": ["IH"], "ux": ["UW"], "el": ["AH", "L"], "em": ["AH", "M"],
        "en": ["AH", "N"], "nx": ["N"], "dx": ["D"], "hv": ["HH"], "pau": [],
    ]

    /// The phones of `word`, or nil when it is not spelled with Latin letters (after
    /// removing accents and apostrophes) or flite gives no usable pronunciation.
    static func pronunciation(of word: String) -> [String]? {
        let letters = word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased().filter { $0 != "'" }
        guard !letters.isEmpty, letters.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else { return nil }
        let flitePhones = LocalSpeechEngines.shared.withLock { $0.flite.lookUp(letters) }
        var phones: [String] = []
        for phone in flitePhones {
            let bare = phone.filter { !$0.isNumber }
            if let mapped = fliteToCMU[bare] {
                phones += mapped
            } else if Self.phones.contains(bare.uppercased()) {
                phones.append(bare.uppercased())
            } else {
                return nil
            }
        }
        return phones.isEmpty ? nil : phones
    }
}
