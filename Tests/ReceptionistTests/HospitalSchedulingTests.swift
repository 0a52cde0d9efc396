import CallText
import Testing
import AgentTools
@testable import Receptionist

@Suite("Hospital backend: scheduling")
struct HospitalSchedulingTests {
    /// The id after the highest seeded appointment id.
    func nextAppointmentID(_ backend: HospitalBackend) -> String {
        let highest = backend.appointmentIDs.compactMap { Int($0.dropFirst(2)) }.max()!
        return "A-\(highest + 1)"
    }

    @Test("booking a free slot")
    func book() throws {
        let backend = try HospitalFixture.backend()
        let expectedID = nextAppointmentID(backend)
        let result = backend.call("schedule_appointment", ["patient_name": "john smith", "doctor_name": "Dr. Johnson",
                                                           "date": "2025-06-03", "time": "10:00 AM", "reason": "Back pain"])
        #expect(result.content["status"] == "booked")
        #expect(result.content["appointment_id"]?.string == expectedID)
        #expect(result.content["patient"] == "John Smith")
        #expect(result.content["doctor"] == "Dr. Sarah Johnson")
        #expect(result.content["date"] == "2025-06-03")
        #expect(result.content["time"] == "10:00 AM")
        #expect(result.content["weekday"] == "Tuesday")
        let stored = try #require(backend.appointments().first { $0.id == expectedID })
        #expect(stored == Appointment(id: expectedID, patientID: "P-1001", patientName: "John Smith", doctorName: "Dr. Sarah Johnson",
                                      date: "2025-06-03", time: "10:00 AM", status: .booked, reason: "Back pain"))
        let after = backend.call("check_availability", ["doctor_name": "Johnson", "date": "2025-06-03"])
        #expect(!after.strings("slots").contains("10:00 AM"))
    }

    @Test("the taken Tuesday 3:00 PM slot gives the nearest alternatives, starting 3:30 PM the same day")
    func takenSlot() throws {
        let backend = try HospitalFixture.backend()
        let before = backend.appointments()
        let result = backend.call("schedule_appointment", ["patient_name": "Jane Doe", "doctor_name": "Patel",
                                                           "date": "2025-06-03", "time": "3:00 PM"])
        #expect(!result.isError)
        #expect(result.content["status"] == "unavailable")
        #expect(result.content["reason"]?.string?.contains("already booked") == true)
        let alternatives = try #require(result.content["alternatives"]?.array)
        #expect(alternatives.count == 3)
        #expect(alternatives.first?["time"] == "3:30 PM")
        #expect(alternatives.allSatisfy { $0["date"] == "2025-06-03" })
        // Each alternative is free and no free slot on that day is nearer to 3:00 PM than the last one offered.
        let free = backend.call("check_availability", ["doctor_name": "Patel", "date": "2025-06-03"]).strings("slots")
        let offered = alternatives.compactMap { $0["time"]?.string }
        #expect(offered.allSatisfy(free.contains))
        func distance(_ time: String) -> Int { abs(ClockTime(display: time)!.minutesSinceMidnight - 15 * 60) }
        let farthest = offered.map(distance).max()!
        #expect(free.filter { !offered.contains($0) }.allSatisfy { distance($0) >= farthest })
        #expect(backend.appointments() == before)
    }

    @Test("a fully booked day's alternatives come from the following working days")
    func alternativesOnLaterDays() throws {
        let backend = try HospitalFixture.backend()
        for (index, time) in HospitalFixture.allSlots.enumerated() {
            _ = backend.call("schedule_appointment", ["patient_name": .string(HospitalFixture.filler(index)), "doctor_name": "Patel",
                                                      "date": "2025-06-10", "time": .string(time)])
        }
        let result = backend.call("schedule_appointment", ["patient_name": "Jane Doe", "doctor_name": "Patel",
                                                           "date": "2025-06-10", "time": "10:00 AM"])
        let alternatives = try #require(result.content["alternatives"]?.array)
        #expect(alternatives.compactMap { $0["date"]?.string } == ["2025-06-12", "2025-06-12", "2025-06-12"])
        #expect(alternatives.compactMap { $0["time"]?.string } == ["9:00 AM", "9:30 AM", "10:00 AM"])
    }

    @Test("a slot the doctor cannot take is unavailable with alternatives", arguments: [
        ("Lee", "2025-06-03", "10:00 AM", "does not work on Tuesdays"),
        ("Johnson", "2025-06-07", "10:00 AM", "does not work on Saturdays"),
        ("Johnson", "2025-06-03", "12:30 PM", "lunch"),
        ("Johnson", "2025-06-03", "12:00 PM", "lunch"),
    ])
    func invalidSlot(doctor: String, date: String, time: String, reason: String) throws {
        let backend = try HospitalFixture.backend()
        let result = backend.call("schedule_appointment", ["patient_name": "Jane Doe", "doctor_name": .string(doctor),
                                                           "date": .string(date), "time": .string(time)])
        #expect(result.content["status"] == "unavailable")
        #expect(result.content["reason"]?.string?.contains(reason) == true)
        let alternatives = try #require(result.content["alternatives"]?.array)
        #expect(alternatives.count == 3)
        for alternative in alternatives {
            let check = backend.call("check_availability", ["doctor_name": .string(doctor), "date": alternative["date"]!])
            #expect(check.strings("slots").contains(try #require(alternative["time"]?.string)))
        }
    }

    @Test("bad arguments give error results", arguments: [
        (["time": "5:00 PM"] as [String: JSONValue], "outside office hours"),
        (["time": "8:30 AM"], "outside office hours"),
        (["time": "7:00 PM"], "outside office hours"),
        (["time": "3:15 PM"], "not a slot start"),
        (["time": "three pm"], "not a time"),
        (["date": "2025/06/04"], "YYYY-MM-DD"),
        (["date": "2025-05-01"], "in the past"),
        (["doctor_name": "Dr. Smith"], "no doctor named"),
        (["patient_name": nil], "needs the argument 'patient_name'"),
        (["time": ""], "needs the argument 'time'"),
        (["patient_name": "Maria"], "first and last name"),
        (["patient_name": "P-2001"], "no patient P-2001"),
        (["urgent": true], "does not take 'urgent'"),
    ])
    func errors(overrides: [String: JSONValue], message: String) throws {
        let backend = try HospitalFixture.backend()
        let before = backend.appointments()
        var arguments: [String: JSONValue] = ["patient_name": "John Smith", "doctor_name": "Lee", "date": "2025-06-04", "time": "3:00 PM"]
        arguments.merge(overrides) { _, new in new }
        let result = backend.call("schedule_appointment", arguments)
        #expect(result.isError)
        #expect(result.errorMessage?.contains(message) == true, "\(result.text)")
        #expect(backend.appointments() == before)
        #expect(backend.patientNames.count == 6)
    }

    @Test("an unknown patient is registered and booked")
    func newPatient() throws {
        let backend = try HospitalFixture.backend()
        let result = backend.call("schedule_appointment", ["patient_name": "maria   LOPEZ", "doctor_name": "Dr. Patel",
                                                           "date": "2025-06-05", "time": "3:00 PM"])
        #expect(result.content["status"] == "booked")
        #expect(result.content["new_patient"] == true)
        #expect(result.content["patient_id"] == "P-1007")   // six seeded patients, P-1001 … P-1006
        #expect(result.content["patient"] == "Maria Lopez")
        #expect(backend.patientNames.last == "Maria Lopez")
        let info = backend.call("get_patient_info", ["patient_name": "Maria Lopez"])
        #expect(info.content["patient_id"] == "P-1007")
        #expect(info.content["upcoming"]?[0]?["date"] == "2025-06-05")
    }

    @Test("book, cancel, then book the same slot again")
    func bookCancelRebook() throws {
        let backend = try HospitalFixture.backend()
        let slot: [String: JSONValue] = ["doctor_name": "Garcia", "date": "2025-06-04", "time": "9:00 AM"]
        let first = backend.call("schedule_appointment", slot.merging(["patient_name": "Michael Chen"]) { a, _ in a })
        let firstID = try #require(first.content["appointment_id"]?.string)
        let blocked = backend.call("schedule_appointment", slot.merging(["patient_name": "Jane Doe"]) { a, _ in a })
        #expect(blocked.content["status"] == "unavailable")

        let cancelled = backend.call("cancel_appointment", ["appointment_id": .string(firstID)])
        #expect(cancelled.content["status"] == "cancelled")
        #expect(cancelled.content["appointment"]?["appointment_id"]?.string == firstID)
        #expect(cancelled.content["appointment"]?["patient"] == "Michael Chen")
        #expect(backend.appointments().first { $0.id == firstID }?.status == .cancelled)

        let second = backend.call("schedule_appointment", slot.merging(["patient_name": "Jane Doe"]) { a, _ in a })
        #expect(second.content["status"] == "booked")
        let secondID = try #require(second.content["appointment_id"]?.string)
        #expect(Int(secondID.dropFirst(2)) == Int(firstID.dropFirst(2))! + 1)

        let again = backend.call("cancel_appointment", ["appointment_id": .string(firstID)])
        #expect(again.errorMessage?.contains("already cancelled") == true)
    }

    @Test("cancelling what cannot be cancelled gives error results", arguments: [
        ("A-9999", "no appointment A-9999"), ("A-1009", "already cancelled"), ("A-1010", "already taken place"),
    ])
    func cancelErrors(id: String, message: String) throws {
        let result = try HospitalFixture.backend().call("cancel_appointment", ["appointment_id": .string(id)])
        #expect(result.errorMessage?.contains(message) == true, "\(result.text)")
    }

    @Test("appointment ids are read in spoken and typed forms", arguments: ["A-1001", "a-1001", "A1001", "a 1001", "1001"])
    func idForms(id: String) throws {
        let result = try HospitalFixture.backend().call("cancel_appointment", ["appointment_id": .string(id)])
        #expect(result.content["appointment"]?["appointment_id"] == "A-1001")
    }

    @Test("a numeric appointment id is accepted")
    func numericID() throws {
        let result = try HospitalFixture.backend().call("cancel_appointment", ["appointment_id": 1002])
        #expect(result.content["appointment"]?["appointment_id"] == "A-1002")
    }

    @Test("rescheduling keeps the id and frees the old slot")
    func reschedule() throws {
        let backend = try HospitalFixture.backend()
        let result = backend.call("reschedule_appointment", ["appointment_id": "A-1001", "date": "2025-06-05", "time": "9:00 AM"])
        #expect(result.content["status"] == "booked")
        #expect(result.content["appointment_id"] == "A-1001")
        #expect(result.content["previous"] == ["date": "2025-06-04", "time": "10:00 AM"])
        let moved = try #require(backend.appointments().first { $0.id == "A-1001" })
        #expect((moved.date, moved.time, moved.doctorName, moved.status) == ("2025-06-05", "9:00 AM", "Dr. Sarah Johnson", .booked))
        let oldDay = backend.call("check_availability", ["doctor_name": "Johnson", "date": "2025-06-04"])
        #expect(oldDay.strings("slots") == HospitalFixture.allSlots)
    }

    @Test("rescheduling to a taken slot offers alternatives and changes nothing")
    func rescheduleTaken() throws {
        let backend = try HospitalFixture.backend()
        let before = backend.appointments()
        // A-1006 is Dr. Patel's on Thursday; Tuesday 3:00 PM is taken by A-1003.
        let result = backend.call("reschedule_appointment", ["appointment_id": "A-1006", "date": "2025-06-03", "time": "3:00 PM"])
        #expect(result.content["status"] == "unavailable")
        #expect(result.content["alternatives"]?[0]?["time"] == "3:30 PM")
        #expect(backend.appointments() == before)
    }

    @Test("rescheduling to its own slot succeeds")
    func rescheduleToSameSlot() throws {
        let result = try HospitalFixture.backend().call("reschedule_appointment", ["appointment_id": "A-1003", "date": "2025-06-03", "time": "3:00 PM"])
        #expect(result.content["status"] == "booked")
    }

    @Test("rescheduling errors", arguments: [
        (["appointment_id": "A-1009", "date": "2025-06-05", "time": "9:00 AM"] as [String: JSONValue], "already cancelled"),
        (["appointment_id": "A-4242", "date": "2025-06-05", "time": "9:00 AM"], "no appointment"),
        (["appointment_id": "A-1001", "date": "2025-06-01", "time": "9:00 AM"], "in the past"),
        (["appointment_id": "A-1001", "date": "2025-06-05", "time": "9:10 AM"], "not a slot start"),
        (["appointment_id": "A-1001", "date": "2025-06-05"], "needs the argument 'time'"),
        (["appointment_id": "A-1001", "date": "2025-06-05", "time": "9:00 AM", "doctor_name": "Lee"], "does not take 'doctor_name'"),
    ])
    func rescheduleErrors(arguments: [String: JSONValue], message: String) throws {
        let result = try HospitalFixture.backend().call("reschedule_appointment", arguments)
        #expect(result.errorMessage?.contains(message) == true, "\(result.text)")
    }

    @Test("the same calls on two backends give the same results and state")
    func deterministic() throws {
        let calls: [(String, [String: JSONValue])] = [
            ("schedule_appointment", ["patient_name": "Ann Lee", "doctor_name": "Johnson", "date": "2025-06-03", "time": "9:00 AM"]),
            ("schedule_appointment", ["patient_name": "Bob Stone", "doctor_name": "Patel", "date": "2025-06-03", "time": "3:00 PM"]),
            ("schedule_appointment", ["patient_name": "Bob Stone", "doctor_name": "Patel", "date": "2025-06-03", "time": "3:30 PM"]),
            ("cancel_appointment", ["appointment_id": "A-1002"]),
        ]
        let a = try HospitalFixture.backend(), b = try HospitalFixture.backend()
        let resultsA = calls.map { a.call($0.0, $0.1).text }
        let resultsB = calls.map { b.call($0.0, $0.1).text }
        #expect(resultsA == resultsB)
        #expect(a.appointments() == b.appointments())
        #expect(a.patientNames == b.patientNames)
    }
}
