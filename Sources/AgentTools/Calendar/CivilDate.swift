/// A calendar date (internal to the backend; callers use CallText's CalendarDate) in the proleptic Gregorian calendar, with no time of day and no time
/// zone. Arithmetic goes through a day count from 1970-01-01 (Hinnant's days-from-civil).
struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year (e.g. 2025).
    let year: Int
    /// The month, 1…12.
    let month: Int
    /// The day of the month, 1…31.
    let day: Int

    /// The date `year-month-day`, when such a date exists (2025-02-29 does not).
    init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date written `YYYY-MM-DD` (exactly four, two and two digits).
    init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The date `dayNumber` days after 1970-01-01 (negative: before).
    init(dayNumber: Int) {
        // civil_from_days (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// Days since 1970-01-01 (negative before it).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day of the week (1970-01-01 was a Thursday).
    var weekday: Weekday {
        let offset = ((dayNumber % 7) + 7) % 7      // 0 = Thursday
        return Weekday(rawValue: (offset + 3) % 7 + 1)!
    }

    /// The date `days` days later (earlier when negative).
    func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// The number of days from `self` to `other` (positive when `other` is later).
    func days(until other: CivilDate) -> Int { other.dayNumber - dayNumber }

    /// The first date strictly after `self` that falls on `weekday`.
    func next(_ weekday: Weekday) -> CivilDate {
        let ahead = (weekday.rawValue - self.weekday.rawValue + 7) % 7
        return adding(days: ahead == 0 ? 7 : ahead)
    }

    /// `YYYY-MM-DD`.
    var iso: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    var description: String { iso }

    static func < (a: CivilDate, b: CivilDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// True when `year` has a February 29th.
    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    /// The number of days in `month` of `year`.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
