import Foundation
import Testing
import TestSupport
@testable import CallScenario

@Suite("Caller personas")
struct PersonaTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("README.md").path

    /// The rows of the README's preset table, by preset name: the cells after the name.
    static func documentedRows() throws -> [String: [String]] {
        let text = try String(contentsOfFile: readme, encoding: .utf8)
        var rows: [String: [String]] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 9, cells[0].hasPrefix("`"), cells[0].hasSuffix("`") else { continue }
            rows[String(cells[0].dropFirst().dropLast())] = Array(cells.dropFirst())
        }
        return rows
    }

    /// A persona as the README's table writes it.
    static func row(_ p: CallerPersona) -> [String] {
        func number(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }
        return [number(p.pace), "+\(p.extraReactionMs) ± \(p.reactionSpreadMs) ms", number(p.hesitations), number(p.pausesPerTurn),
                p.interrupts.rawValue, String(p.patience), p.verbosity.rawValue, p.forgets.isEmpty ? "–" : p.forgets.joined(separator: ", ")]
    }

    static func load(_ persona: String) throws -> CallerPersona {
        let folder = TempFolder()
        let file = folder.write("scenario.yaml", "id: x\ncaller:\n  persona: \(persona)\nturns: []\n")
        return try ScenarioLoader.loadScenario(file).caller.persona
    }

    @Test("the README documents every preset and nothing else")
    func everyPresetDocumented() throws {
        #expect(Set(try Self.documentedRows().keys) == Set(CallerPersona.presetNames))
        #expect(CallerPersona.presetNames == ["cooperative", "elderly", "forgetful", "hesitant", "impatient", "terse"])
    }

    @Test("each preset loads with its documented parameters", arguments: CallerPersona.presetNames)
    func documented(_ name: String) throws {
        let persona = try Self.load(name)
        #expect(persona.preset == name)
        let documented = try #require(try Self.documentedRows()[name], "no README row for \(name)")
        #expect(Self.row(persona) == documented)
        // The same preset named inside a mapping.
        #expect(try Self.load("{ preset: \(name) }") == persona)
    }

    @Test("the presets differ where their names say they do")
    func presetsDiffer() throws {
        let plain = try Self.load("cooperative"), impatient = try Self.load("impatient"), elderly = try Self.load("elderly")
        #expect(Self.row(plain) == Self.row(CallerPersona()))
        #expect(impatient.interrupts == .early && plain.interrupts == .never)
        #expect(impatient.patience < plain.patience && elderly.patience > plain.patience)
        #expect(elderly.pace < 1 && impatient.pace > 1)
        #expect(elderly.extraReactionMs > plain.extraReactionMs)
        #expect(try Self.load("forgetful").forgets == ["date_of_birth"])
        #expect(try Self.load("terse").verbosity == .terse)
    }

    @Test("a preset with changes keeps the preset's other values")
    func presetWithOverrides() throws {
        let persona = try Self.load("{ preset: elderly, patience: 1, interrupts: early, forgets: [date] }")
        var expected = try #require(CallerPersona.presets["elderly"])
        expected.patience = 1
        expected.interrupts = .early
        expected.forgets = ["date"]
        #expect(persona == expected)
        #expect(persona.reportName == "elderly")
        #expect(try Self.load("{ pace: 1.2 }").reportName == "custom")
        #expect(CallerPersona().reportName == nil)
    }
}
