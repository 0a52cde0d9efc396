import ReportModel
import Foundation
import Testing
@testable import CallHarness
@testable import CallReports

@Suite("report.schema.json describes report.json")
struct ReportSchemaTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let bundledReport = repository.appendingPathComponent("Reports/latest/report.json").path

    static func schema() throws -> JSONValue {
        let data = try Data(contentsOf: repository.appendingPathComponent("Scenarios/schema/report.schema.json"))
        return try JSONDecoder().decode(JSONValue.self, from: data)
    }

    static func encoded(_ report: RunReport) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: try ReportFile.json(report))
    }

    /// The fixture, and a run with no calls, where every optional value is left out.
    static var reports: [RunReport] {
        var empty = ReportFixture.run
        empty.calls = []
        empty.summary = RunSummarizer.summarize([], wallSeconds: 0, seed: 1)
        return [ReportFixture.run, empty, ReportFixture.judged]
    }

    @Test("encoded reports are valid", arguments: [0, 1, 2])
    func validates(_ index: Int) throws {
        let validator = SchemaValidator(root: try Self.schema())
        #expect(validator.validate(try Self.encoded(Self.reports[index])) == [])
    }

    @Test("the report of a real run is valid", .enabled(if: FileManager.default.fileExists(atPath: bundledReport)))
    func validatesRealRun() throws {
        let report = try JSONDecoder().decode(JSONValue.self, from: try Data(contentsOf: URL(fileURLWithPath: Self.bundledReport)))
        let problems = SchemaValidator(root: try Self.schema()).validate(report)
        #expect(problems == [])
    }

    @Test("a report that breaks the schema is caught", arguments: [
        ("summary", "wer", nil, "$.summary: missing wer"),
        ("calls.0.turns.0", "spoken", JSONValue.string("x"), "$.calls[0].turns[0]: unexpected key spoken"),
        ("", "seed", .string("42"), "$.seed: expected integer"),
        ("calls.1", "endedBy", .string("hung up"), "$.calls[1].endedBy: not one of the allowed values"),
        ("summary.ttfaMs", "p95CI", .array([.number(1.5)]), "$.summary.ttfaMs.p95CI: too few items"),
        ("calls.0.artifacts", "audio", .integer(3), "$.calls[0].artifacts.audio: expected string"),
    ])
    func catches(_ path: String, _ key: String, _ replacement: JSONValue?, _ problem: String) throws {
        let report = Self.edit(try Self.encoded(ReportFixture.run), at: path.split(separator: ".").map(String.init), key: key, to: replacement)
        #expect(SchemaValidator(root: try Self.schema()).validate(report).contains(problem))
    }

    static func edit(_ value: JSONValue, at path: [String], key: String, to replacement: JSONValue?) -> JSONValue {
        switch value {
        case .object(var members):
            if path.isEmpty {
                members[key] = replacement
            } else if let member = members[path[0]] {
                members[path[0]] = edit(member, at: Array(path.dropFirst()), key: key, to: replacement)
            }
            return .object(members)
        case .array(var items):
            if let first = path.first, let index = Int(first), items.indices.contains(index) {
                items[index] = edit(items[index], at: Array(path.dropFirst()), key: key, to: replacement)
            }
            return .array(items)
        default:
            return value
        }
    }

    @Test("every property of every model is in the schema, required exactly when not optional, and nothing else is")
    func modelsMatchSchema() throws {
        let root = try Self.schema()
        var visited: Set<String> = []
        var problems: [String] = []
        walk(ReportFixture.run, rules: Self.resolve(root, in: root), root: root, path: "$", visited: &visited, problems: &problems)
        #expect(problems == [])
        #expect(visited == ["RunReport", "ToolInfo", "AgentInfo", "RunSummary", "LatencyStats", "BargeInSummary", "CallReport", "WERCounts",
                            "TurnReport", "StageBreakdown", "BargeInReport", "ToolCallReport", "LineReport", "LineDirection", "EntityReport",
                            "TimelineSpan"])
    }

    @Test("the judge's verdicts and the persona are in the schema as the models have them")
    func judgedModelsMatchSchema() throws {
        let root = try Self.schema()
        var visited: Set<String> = []
        var problems: [String] = []
        walk(ReportFixture.judged, rules: Self.resolve(root, in: root), root: root, path: "$", visited: &visited, problems: &problems)
        #expect(problems == [])
        #expect(visited.isSuperset(of: ["JudgementReport", "JudgementSummary", "JudgeInfo"]))
        func object(_ report: RunReport) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: try ReportFile.json(report)) as? [String: Any])
        }
        let judged = try object(ReportFixture.judged)
        let calls = try #require(judged["calls"] as? [[String: Any]])
        #expect(calls[2]["persona"] as? String == "impatient")
        #expect((calls[1]["judgements"] as? [[String: Any]])?.compactMap { $0["verdict"] as? String } == ["fail", "notJudged"])
        #expect((judged["summary"] as? [String: Any])?["judgements"] as? [String: Int] == ["criteria": 3, "passed": 1, "failed": 1, "notJudged": 1])
        // Without criteria, no judge keys at all.
        let plain = try object(ReportFixture.run)
        let plainCalls = try #require(plain["calls"] as? [[String: Any]])
        #expect(plain["judge"] == nil && (plain["summary"] as? [String: Any])?["judgements"] == nil)
        #expect(plainCalls.allSatisfy { $0["judgements"] == nil && $0["persona"] == nil })
    }

    @Test("a verdict the schema does not know is caught")
    func catchesVerdict() throws {
        let report = Self.edit(try Self.encoded(ReportFixture.judged), at: ["calls", "1", "judgements", "0"], key: "verdict", to: .string("skipped"))
        #expect(SchemaValidator(root: try Self.schema()).validate(report).contains("$.calls[1].judgements[0].verdict: not one of the allowed values"))
    }

    /// Compares a model value's stored properties with the schema's object `rules`, then
    /// goes into every property that holds a model (or a list of them).
    func walk(_ value: Any, rules: [String: JSONValue], root: JSONValue, path: String, visited: inout Set<String>, problems: inout [String]) {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .struct else { return }
        visited.insert(String(describing: type(of: value)))
        guard case .object(let properties)? = rules["properties"] else {
            problems.append("\(path): the schema declares no properties")
            return
        }
        var required: Set<String> = []
        if case .array(let names)? = rules["required"] { for case .string(let name) in names { required.insert(name) } }
        if rules["additionalProperties"] != .bool(false) { problems.append("\(path): additionalProperties is not false") }
        var labels: Set<String> = []
        for child in mirror.children {
            guard let label = child.label else { continue }
            labels.insert(label)
            guard let property = properties[label] else {
                problems.append("\(path).\(label): not in the schema")
                continue
            }
            let childMirror = Mirror(reflecting: child.value)
            let optional = childMirror.displayStyle == .optional
            if optional == required.contains(label) {
                problems.append("\(path).\(label): \(optional ? "optional but required" : "always present but not required")")
            }
            guard let inner = optional ? childMirror.children.first?.value : child.value else { continue }
            let rulesHere = Self.resolve(property, in: root)
            switch Mirror(reflecting: inner).displayStyle {
            case .struct:
                walk(inner, rules: rulesHere, root: root, path: "\(path).\(label)", visited: &visited, problems: &problems)
            case .collection:
                guard let items = rulesHere["items"] else { break }
                for (index, element) in Mirror(reflecting: inner).children.enumerated() {
                    walk(element.value, rules: Self.resolve(items, in: root), root: root, path: "\(path).\(label)[\(index)]",
                         visited: &visited, problems: &problems)
                }
            default:
                break
            }
        }
        for key in properties.keys where !labels.contains(key) { problems.append("\(path).\(key): in the schema but not in the model") }
    }

    /// The object rules of `schema`, following `$ref`.
    static func resolve(_ schema: JSONValue, in root: JSONValue) -> [String: JSONValue] {
        guard case .object(let rules) = schema else { return [:] }
        if case .string(let ref)? = rules["$ref"], ref.hasPrefix("#/$defs/"), case .object(let top) = root,
           case .object(let defs)? = top["$defs"], let target = defs[String(ref.dropFirst("#/$defs/".count))] {
            return resolve(target, in: root)
        }
        return rules
    }
}
