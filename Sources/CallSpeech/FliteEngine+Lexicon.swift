import CFlite

extension FliteEngine {
    /// Flite's pronunciation of lower-case `word` (lexicon, else letter-to-sound rules),
    /// as flite phones with stress digits.
    func lookUp(_ word: String) -> [String] {
        guard let lexicon = cmu_lex_init(), let list = lex_lookup(lexicon, word, nil, nil) else { return [] }
        defer { delete_val(list) }
        var phones: [String] = []
        var cell: UnsafePointer<cst_val>? = UnsafePointer(list)
        while let current = cell {
            if let phone = val_string(val_car(current)) { phones.append(String(cString: phone)) }
            cell = val_cdr(current)
        }
        return phones
    }
}
