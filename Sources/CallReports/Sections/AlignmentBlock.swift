import ReportModel
import CallText

/// A turn's sclite alignment as a monospace block with substitutions, deletions and
/// insertions highlighted.
enum AlignmentBlock {
    /// The block. The highlighting comes from aligning the turn's texts again; when that
    /// does not reproduce the report's lines, the report's lines are shown as they are.
    static func html(_ turn: TurnReport) -> String {
        guard !turn.alignment.isEmpty else { return "" }
        let alignment = WordAlignment(referenceText: turn.caller, hypothesisText: turn.heard)
        let plain = alignment.rendered
        guard turn.alignment == [plain.reference, plain.hypothesis] else {
            return HTML.text("pre", ["class": "alignment"], turn.alignment.joined(separator: "\n"))
        }
        var reference: [String] = [], hypothesis: [String] = []
        for pair in alignment.pairs {
            var r = pair.reference ?? "", h = pair.hypothesis ?? ""
            if pair.operation != .correct { r = r.uppercased(); h = h.uppercased() }
            let width = max(r.count, h.count)
            if pair.reference == nil { r = String(repeating: "*", count: width) }
            if pair.hypothesis == nil { h = String(repeating: "*", count: width) }
            r = r.padding(toLength: width, withPad: " ", startingAt: 0)
            h = h.padding(toLength: width, withPad: " ", startingAt: 0)
            let mark: String? = switch pair.operation {
            case .correct: nil
            case .substitution: "sub"
            case .deletion: "del"
            case .insertion: "ins"
            }
            reference.append(highlight(r, mark))
            hypothesis.append(highlight(h, mark))
        }
        return HTML.element("pre", ["class": "alignment"],
                            "REF:  " + reference.joined(separator: " ") + "\n" + "HYP:  " + hypothesis.joined(separator: " "))
    }

    static func highlight(_ word: String, _ mark: String?) -> String {
        guard let mark else { return HTML.escape(word) }
        return HTML.element("span", ["class": mark, "title": name(of: mark)], HTML.escape(word))
    }

    static func name(of mark: String) -> String {
        switch mark {
        case "sub": "substitution"
        case "del": "deletion"
        default: "insertion"
        }
    }

    /// What the highlight colours mean.
    static let key = HTML.element("p", ["class": "key small muted"],
                                  "Alignment (NIST sclite costs): errors upper-cased, "
                                  + "<span class=\"sub\">substitution</span><span class=\"del\">deletion</span><span class=\"ins\">insertion</span>")
}
