import Foundation

/// Markdown escaping for summary.md, as GitHub renders it.
enum Markdown {
    /// `text` as literal inline text, safe in a table cell: Markdown punctuation
    /// backslash-escaped, `& < >` as entities, line breaks as spaces.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "~": escaped += "\\" + String(character)
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\n", "\r", "\r\n": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// `text` as a code span, or escaped text when it holds a backtick or a line break.
    static func code(_ text: String) -> String {
        text.contains(where: { $0 == "`" || $0.isNewline }) || text.isEmpty ? escape(text) : "`" + text.replacingOccurrences(of: "|", with: "\\|") + "`"
    }

    /// A table: a header row, the separator, and the rows; cells already Markdown.
    static func table(_ head: [String], _ rows: [[String]]) -> [String] {
        ["| " + head.joined(separator: " | ") + " |", "|" + head.map { _ in " --- |" }.joined()]
            + rows.map { "| " + $0.joined(separator: " | ") + " |" }
    }
}
