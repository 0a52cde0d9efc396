/// The shape of an identifier, for `PatternIdentifierParser`: "W-####" (a letter W, a
/// dash, four digits), "@@######" (two letters, six digits).
///
/// Syntax: `#` is any digit, `@` any letter; a letter or digit stands for itself
/// (letters match in either case); any other character (`-`, `/`, `.`, a space …) is a
/// separator — written in the canonical form, never required in speech. A pattern needs
/// at least one `#` or `@` and at most 32 letters and digits; there are no repetition
/// counts or alternatives.
public struct IdentifierPattern: Sendable, Hashable, CustomStringConvertible {
    /// One position of the pattern.
    public enum Element: Sendable, Hashable {
        /// `#`: any digit.
        case digit
        /// `@`: any letter, written in upper case.
        case letter
        /// A letter or digit that must be said as is.
        case literal(Character)
        /// Written in the canonical form, not said.
        case separator(Character)
    }

    /// The pattern as written.
    public let description: String
    /// The pattern's positions, one per character.
    public let elements: [Element]

    /// The pattern, or nil when it has no `#` or `@` or more than 32 letters and digits.
    public init?(_ pattern: String) {
        let elements = pattern.map { ch -> Element in
            switch ch {
            case "#": return .digit
            case "@": return .letter
            case _ where ch.isASCII && (ch.isLetter || ch.isNumber): return .literal(ch)
            default: return .separator(ch)
            }
        }
        guard elements.contains(where: { $0 == .digit || $0 == .letter }),
              elements.count(where: { if case .separator = $0 { false } else { true } }) <= 32 else { return nil }
        description = pattern
        self.elements = elements
    }

    /// The elements that are said, in order.
    var slots: [Element] {
        elements.filter { if case .separator = $0 { false } else { true } }
    }

    /// Whether `id` is in this pattern's canonical form (letters in either case).
    public func matches(_ id: String) -> Bool {
        let chars = Array(id)
        guard chars.count == elements.count else { return false }
        for (ch, element) in zip(chars, elements) {
            switch element {
            case .digit: if !(ch.isASCII && ch.isNumber) { return false }
            case .letter: if !(ch.isASCII && ch.isLetter) { return false }
            case .literal(let l): if ch.lowercased() != l.lowercased() { return false }
            case .separator(let s): if ch != s { return false }
            }
        }
        return true
    }

    /// Whether the said symbol (a lower-case letter or a digit) fits slot `element`.
    static func fits(_ symbol: Character, _ element: Element) -> Bool {
        switch element {
        case .digit: symbol.isNumber
        case .letter: symbol.isLetter
        case .literal(let l): Character(l.lowercased()) == symbol
        case .separator: false
        }
    }

    /// The canonical id for the said symbols, one per slot: `@` letters upper case,
    /// literals and separators as written in the pattern.
    func canonical(_ symbols: [Character]) -> String {
        var out = "", next = 0
        for element in elements {
            switch element {
            case .separator(let s): out.append(s)
            case .literal(let l): out.append(l); next += 1
            case .letter: out += symbols[next].uppercased(); next += 1
            case .digit: out.append(symbols[next]); next += 1
            }
        }
        return out
    }
}
