import Testing
import AgentTools
@testable import Receptionist

@Suite("Hospital backend: availability")
struct HospitalAvailabilityTests {
    @Test("a day's free slots are the clinic's slots minus the doctor's bookings", arguments: [
        ("Dr. Patel", "Dr. Raj Patel", "2025-06-03"), ("Johnson", "Dr. Sarah Johnson", "2025-06-02"),
        ("Dr. Lee", "Dr. Kevin Lee", "2025-06-06"), ("Garcia", "Dr. Maria Garcia", "2025-06-02"),
    ])
    func oneDay(doctor: String, fullName: String, date: String) throws {
        let backend = try HospitalFixture.backend()
        let booked = backend.bookedTimes(doctor: fullName, date: date)
        #expect(!booked.isEmpty)   // each of these days has a seeded appointment
        let result = backend.call("check_availability", ["doctor_name": .string(doctor), "date": .string(date)])
        #expect(!result.isError)
        #expect(result.content["doctor"]?.string == fullName)
        #expect(result.content["date"]?.string == date)
        #expect(result.strings("slots") == HospitalFixture.allSlots.filter { !booked.contains($0) })
        #expect(result.content["next_available"] == nil)
    }

    @Test("Dr. Patel's Tuesday 3:00 PM is taken")
    func tuesdayAfternoon() throws {
        let result = try HospitalFixture.backend().call("check_availability", ["doctor_name": "Patel", "date": "2025-06-03"])
        #expect(!result.strings("slots").contains("3:00 PM"))
        #expect(result.strings("slots").contains("3:30 PM"))
        #expect(result.content["specialty"]?.string == "Cardiology")
        #expect(result.content["weekday"]?.string == "Tuesday")
    }

    @Test("without a date: the doctor's next three working days, from today")
    func nextDays() throws {
        let backend = try HospitalFixture.backend()
        // Dr. Patel works Tuesdays and Thursdays; today is Monday 2025-06-02.
        let result = backend.call("check_availability", ["doctor_name": "Dr. Patel"])
        let days = try #require(result.content["days"]?.array)
        #expect(days.compactMap { $0["date"]?.string } == ["2025-06-03", "2025-06-05", "2025-06-10"])
        #expect(days.compactMap { $0["weekday"]?.string } == ["Tuesday", "Thursday", "Tuesday"])
        for day in days {
            let date = try #require(day["date"]?.string)
            let booked = backend.bookedTimes(doctor: "Dr. Raj Patel", date: date)
            #expect(day["slots"]?.array?.compactMap(\.string) == HospitalFixture.allSlots.filter { !booked.contains($0) })
        }
        // Dr. Johnson works every weekday, so today counts.
        let johnson = backend.call("check_availability", ["doctor_name": "Johnson", "date": nil])
        #expect(johnson.content["days"]?.array?.compactMap { $0["date"]?.string } == ["2025-06-02", "2025-06-03", "2025-06-04"])
    }

    @Test("a day off gives no slots and the next day with free slots", arguments: [
        ("Patel", "2025-06-02", "2025-06-03"),   // Monday → Tuesday
        ("Patel", "2025-06-06", "2025-06-10"),   // Friday → next Tuesday
        ("Johnson", "2025-06-07", "2025-06-09"), // Saturday → Monday
        ("Garcia", "2025-06-06", "2025-06-09"),  // Friday → Monday
    ])
    func dayOff(doctor: String, date: String, next: String) throws {
        let result = try HospitalFixture.backend().call("check_availability", ["doctor_name": .string(doctor), "date": .string(date)])
        #expect(!result.isError)
        #expect(result.strings("slots").isEmpty)
        #expect(result.content["next_available"]?["date"]?.string == next)
        #expect(result.content["next_available"]?["slots"]?.array?.isEmpty == false)
        #expect(result.content["note"]?.string?.contains("does not work") == true)
    }

    @Test("a fully booked day points to the next working day")
    func fullyBooked() throws {
        let backend = try HospitalFixture.backend()
        for (index, time) in HospitalFixture.allSlots.enumerated() {
            let result = backend.call("schedule_appointment", ["patient_name": .string(HospitalFixture.filler(index)), "doctor_name": "Lee",
                                                               "date": "2025-06-04", "time": .string(time)])
            #expect(result.content["status"] == "booked")
        }
        let result = backend.call("check_availability", ["doctor_name": "Lee", "date": "2025-06-04"])
        #expect(result.strings("slots").isEmpty)
        #expect(result.content["note"]?.string?.contains("fully booked") == true)
        #expect(result.content["next_available"]?["date"]?.string == "2025-06-06")   // Friday, Dr. Lee's next day
        let upcoming = backend.call("check_availability", ["doctor_name": "Lee"])
        #expect(upcoming.content["days"]?.array?.compactMap { $0["date"]?.string } == ["2025-06-02", "2025-06-06", "2025-06-09"])
    }

    static let badArguments: [([String: JSONValue], String)] = [
        (["doctor_name": "Patel", "date": "June 3"], "YYYY-MM-DD"),
        (["doctor_name": "Patel", "date": "2025-06-31"], "YYYY-MM-DD"),
        (["doctor_name": "Patel", "date": "2025-05-30"], "in the past"),
        (["doctor_name": "Dr. Who"], "no doctor named 'Dr. Who'"),
        (["date": "2025-06-03"], "needs the argument 'doctor_name'"),
        (["doctor_name": "  "], "needs the argument 'doctor_name'"),
        (["doctor_name": ["Patel"]], "must be a string"),
        (["doctor_name": "Patel", "day": "Tuesday"], "does not take 'day'"),
    ]

    @Test("bad arguments give error results", arguments: badArguments)
    func errors(arguments: [String: JSONValue], message: String) throws {
        let result = try HospitalFixture.backend().call("check_availability", arguments)
        #expect(result.isError)
        #expect(result.errorMessage?.contains(message) == true, "\(result.text)")
    }
}
