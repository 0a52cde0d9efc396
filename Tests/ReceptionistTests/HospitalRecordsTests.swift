import CallDatabase
import Testing
import AgentTools
@testable import Receptionist

@Suite("Hospital backend: records, names and hand-offs")
struct HospitalRecordsTests {
    @Test("doctor names match in every usual form", arguments: [
        "Patel", "Dr. Patel", "dr patel", "Doctor Raj Patel", "RAJ PATEL", "  Dr.   Raj  Patel ", "Raj", "doctor patel", "Dr Raj Patel",
    ])
    func doctorForms(name: String) throws {
        let result = try HospitalFixture.backend().call("get_doctor_info", ["doctor_name": .string(name)])
        #expect(result.content["name"] == "Dr. Raj Patel", "\(result.text)")
    }

    @Test("names that are no doctor's are refused", arguments: ["Dr. Smith", "Raj Johnson", "Dr.", "Patel Raj Kumar", "Sarah Patel"])
    func notDoctors(name: String) throws {
        let result = try HospitalFixture.backend().call("get_doctor_info", ["doctor_name": .string(name)])
        #expect(result.isError)
        #expect(result.errorMessage?.contains("Dr. Raj Patel (Cardiology)") == true)
    }

    @Test("doctor info")
    func doctorInfo() throws {
        let backend = try HospitalFixture.backend()
        let expected: [(String, String, String, [String])] = [
            ("Johnson", "Dr. Sarah Johnson", "General Medicine", ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
            ("Patel", "Dr. Raj Patel", "Cardiology", ["Tuesday", "Thursday"]),
            ("Lee", "Dr. Kevin Lee", "Orthopedics", ["Monday", "Wednesday", "Friday"]),
            ("Garcia", "Dr. Maria Garcia", "Pediatrics", ["Monday", "Tuesday", "Wednesday", "Thursday"]),
        ]
        for (query, name, specialty, days) in expected {
            let result = backend.call("get_doctor_info", ["doctor_name": .string(query)])
            #expect(result.content["name"]?.string == name)
            #expect(result.content["specialty"]?.string == specialty)
            #expect(result.strings("days") == days)
            #expect(result.content["hours"] == "9:00 AM to 5:00 PM")
            #expect(result.content["location"]?.string?.hasPrefix("Building ") == true)
        }
    }

    @Test("patient names match ignoring case, spaces and titles", arguments: ["John Smith", "john smith", "  JOHN   SMITH ", "Mr. John Smith", "P-1001", "p1001"])
    func patientForms(name: String) throws {
        let result = try HospitalFixture.backend().call("get_patient_info", ["patient_name": .string(name)])
        #expect(result.content["patient_id"] == "P-1001", "\(result.text)")
        #expect(result.content["name"] == "John Smith")
        #expect(result.content["date_of_birth"] == "1985-03-15")
        #expect(result.content["phone"]?.string?.isEmpty == false)
    }

    @Test("the seeded patients of the reference agent", arguments: [
        ("Jane Doe", "P-1002", "1990-07-22"), ("Emily Davis", "P-1003", "1978-11-08"),
    ])
    func seededPatients(name: String, id: String, born: String) throws {
        let result = try HospitalFixture.backend().call("get_patient_info", ["patient_name": .string(name)])
        #expect(result.content["patient_id"]?.string == id)
        #expect(result.content["date_of_birth"]?.string == born)
    }

    @Test("upcoming appointments leave out past and cancelled ones")
    func upcoming() throws {
        let backend = try HospitalFixture.backend()
        for name in ["John Smith", "Jane Doe", "Emily Davis", "Robert Brown"] {
            let result = backend.call("get_patient_info", ["patient_name": .string(name)])
            let expected = backend.appointments()
                .filter { $0.patientName == name && $0.status == .booked && $0.date >= HospitalFixture.today }
                .map(\.id)
            #expect(result.content["upcoming"]?.array?.compactMap { $0["appointment_id"]?.string } == expected)
            #expect(!expected.isEmpty)
        }
        let john = backend.call("get_patient_info", ["patient_name": "John Smith"])
        #expect(john.content["upcoming"]?.array?.compactMap { $0["appointment_id"]?.string } == ["A-1001"])
        #expect(john.content["upcoming"]?[0] == ["appointment_id": "A-1001", "doctor": "Dr. Sarah Johnson", "date": "2025-06-04",
                                                 "weekday": "Wednesday", "time": "10:00 AM"])
    }

    @Test("unknown patients are error results", arguments: ["Johnny Smith", "Smith", "P-7777"])
    func unknownPatient(name: String) throws {
        let result = try HospitalFixture.backend().call("get_patient_info", ["patient_name": .string(name)])
        #expect(result.isError)
        #expect(result.errorMessage?.contains("no patient") == true)
    }

    @Test("vocabulary lists for the agent")
    func vocabulary() throws {
        let backend = try HospitalFixture.backend()
        #expect(backend.doctorNames == ["Dr. Sarah Johnson", "Dr. Raj Patel", "Dr. Kevin Lee", "Dr. Maria Garcia"])
        #expect(backend.doctorSurnames == ["Johnson", "Patel", "Lee", "Garcia"])
        #expect(backend.specialties == ["General Medicine", "Cardiology", "Orthopedics", "Pediatrics"])
        #expect(Array(backend.patientNames.prefix(3)) == ["John Smith", "Jane Doe", "Emily Davis"])
        #expect(Array(backend.appointmentIDs.prefix(3)) == ["A-1001", "A-1002", "A-1003"])
        #expect(Set(backend.appointmentIDs) == Set(backend.appointments().map(\.id)))
    }

    @Test("the seed's first appointments are the reference agent's")
    func seedAppointments() throws {
        let byID = Dictionary(uniqueKeysWithValues: try HospitalFixture.backend().appointments().map { ($0.id, $0) })
        let expected: [(String, String, String, String, String)] = [
            ("A-1001", "John Smith", "Dr. Sarah Johnson", "2025-06-04", "10:00 AM"),
            ("A-1002", "Jane Doe", "Dr. Kevin Lee", "2025-06-06", "2:00 PM"),
            ("A-1003", "Emily Davis", "Dr. Raj Patel", "2025-06-03", "3:00 PM"),
        ]
        for (id, patient, doctor, date, time) in expected {
            let appointment = try #require(byID[id])
            #expect((appointment.patientName, appointment.doctorName, appointment.date, appointment.time, appointment.status)
                    == (patient, doctor, date, time, .booked))
        }
    }

    @Test("an unknown tool is an error result")
    func unknownTool() throws {
        let result = try HospitalFixture.backend().call("book_taxi", [:])
        #expect(result.errorMessage?.contains("no tool named 'book_taxi'") == true)
    }

    @Test("building fails with a one-line cause for a bad today or a missing seed")
    func buildErrors() {
        let badDay = #expect(throws: DatabaseError.self) { try HospitalBackend(fixtures: HospitalFixture.folder, today: "2025-02-30") }
        #expect(badDay?.description.contains("today '2025-02-30'") == true)
        let noSeed = #expect(throws: DatabaseError.self) { try HospitalBackend(fixtures: "/nonexistent", today: "2025-06-02") }
        #expect(noSeed?.description.contains("/nonexistent/seed.sql") == true)
    }

    @Test("another today moves the calendar")
    func otherToday() throws {
        // On 2025-06-05 the appointment of 2025-06-04 is past and cannot be cancelled.
        let backend = try HospitalFixture.backend(today: "2025-06-05")
        #expect(backend.call("cancel_appointment", ["appointment_id": "A-1001"]).errorMessage?.contains("already taken place") == true)
        let upcoming = backend.call("check_availability", ["doctor_name": "Patel"])
        #expect(upcoming.content["days"]?[0]?["date"] == "2025-06-05")
    }
}
