import Testing
import AgentTools
@testable import Receptionist

@Suite("Tool definitions")
struct ToolDefinitionTests {
    /// The tools' arguments as published (required, optional).
    static let published: [String: (required: Set<String>, optional: Set<String>)] = [
        "check_availability": (["doctor_name"], ["date"]),
        "schedule_appointment": (["patient_name", "doctor_name", "date", "time"], ["reason"]),
        "reschedule_appointment": (["appointment_id", "date", "time"], []),
        "cancel_appointment": (["appointment_id"], []),
        "get_patient_info": (["patient_name"], []),
        "get_doctor_info": (["doctor_name"], []),
    ]

    /// Well-formed values for every argument name.
    static let validValues: [String: JSONValue] = [
        "doctor_name": "Dr. Johnson", "patient_name": "John Smith", "date": "2025-06-05", "time": "11:00 AM",
        "reason": "Checkup", "appointment_id": "A-1001", "summary": "Caller wants a person.",
    ]

    @Test("the schemas declare exactly the published arguments")
    func schemas() throws {
        let definitions = try HospitalFixture.backend().definitions
        #expect(Set(definitions.map(\.name)) == Set(Self.published.keys))
        for definition in definitions {
            let published = try #require(Self.published[definition.name])
            #expect(definition.argumentNames == published.required.union(published.optional), "\(definition.name)")
            #expect(definition.requiredArguments == published.required, "\(definition.name)")
            #expect(definition.parameters["type"] == "object")
            #expect(definition.parameters["additionalProperties"] == false)
            for (name, property) in try #require(definition.parameters["properties"]?.object) {
                #expect(property["type"] == "string", "\(definition.name).\(name)")
                #expect(property["description"]?.string?.isEmpty == false, "\(definition.name).\(name)")
            }
            #expect(!definition.description.isEmpty)
        }
    }

    @Test("OpenAI function form")
    func openAI() throws {
        let definition = try #require(try HospitalFixture.backend().definitions.first { $0.name == "get_doctor_info" })
        let function = definition.openAIFunction
        #expect(function["type"] == "function")
        #expect(function["function"]?["name"] == "get_doctor_info")
        #expect(function["function"]?["description"]?.string == definition.description)
        #expect(function["function"]?["parameters"] == definition.parameters)
        #expect(function.object?.keys.sorted() == ["function", "type"])
    }

    @Test("each tool accepts all its declared arguments", arguments: published.keys.sorted())
    func acceptsDeclared(tool: String) throws {
        let backend = try HospitalFixture.backend()
        let names = Self.published[tool]!.required.union(Self.published[tool]!.optional)
        let result = backend.call(tool, Dictionary(uniqueKeysWithValues: names.map { ($0, Self.validValues[$0]!) }))
        #expect(!result.isError, "\(tool): \(result.text)")
    }

    @Test("each tool refuses an undeclared argument and names each missing one", arguments: published.keys.sorted())
    func refusesOthers(tool: String) throws {
        let backend = try HospitalFixture.backend()
        let published = Self.published[tool]!
        var arguments = Dictionary(uniqueKeysWithValues: published.required.map { ($0, Self.validValues[$0]!) })
        arguments["caller_mood"] = "calm"
        #expect(backend.call(tool, arguments).errorMessage?.contains("does not take 'caller_mood'") == true)
        arguments["caller_mood"] = nil
        for name in published.required {
            var partial = arguments
            partial[name] = nil
            #expect(backend.call(tool, partial).errorMessage?.contains("needs the argument '\(name)'") == true, "\(tool) without \(name)")
        }
    }

    @Test("definitions come in a stable order")
    func order() throws {
        let a = try HospitalFixture.backend(), b = try HospitalFixture.backend()
        #expect(a.definitions == b.definitions)
        #expect(a.definitions.map(\.name) == a.toolNames)
        #expect(a.definitions.map { $0.openAIFunction.jsonString() } == b.definitions.map { $0.openAIFunction.jsonString() })
    }
}
