extension PhoneParser {
    /// A phone number as an agent reads it out, digit by digit in groups: "5551234567" →
    /// "five five five, one two three, four five six seven"; "+15551234567" → "plus one,
    /// five five five, one two three, four five six seven"; "5551234" → "five five five,
    /// one two three four". Ten digits (after a leading 1 or "+1") are grouped 3-3-4, seven
    /// 3-4; other lengths in threes from the left, a last lone digit joining the group
    /// before it. Zero is "zero". Characters other than digits and a leading "+" are left out.
    public static func spoken(_ number: String) -> String {
        var digits = number.filter { $0.isASCII && $0.isNumber }.map { NumberWords.ones[Int(String($0))!] }
        var groups: [[String]] = []
        if number.hasPrefix("+") { groups.append(["plus"]) }
        if digits.count == 11, digits[0] == "one" {
            if groups.isEmpty { groups.append([]) }
            groups[groups.count - 1].append(digits.removeFirst())
        } else if number.hasPrefix("+"), digits.count > 10 {
            groups[0] += digits.prefix(digits.count - 10)
            digits.removeFirst(digits.count - 10)
        }
        switch digits.count {
        case 10: groups += [Array(digits[0..<3]), Array(digits[3..<6]), Array(digits[6...])]
        case 7: groups += [Array(digits[0..<3]), Array(digits[3...])]
        default:
            var rest = digits[...]
            while !rest.isEmpty {
                let size = rest.count == 4 ? 4 : min(3, rest.count)
                groups.append(Array(rest.prefix(size)))
                rest = rest.dropFirst(size)
            }
        }
        return groups.filter { !$0.isEmpty }.map { $0.joined(separator: " ") }.joined(separator: ", ")
    }
}
