/// Calendar dates from and to microseconds since 1970-01-01 UTC, without a clock or a calendar object.
public enum CivilDate {
    /// `YYYY-MM-DD` of the UTC day containing `micros`.
    public static func day(ofMicros micros: Int64) -> String {
        let days = Int(micros >= 0 ? micros / 86_400_000_000 : (micros - 86_399_999_999) / 86_400_000_000)
        let (y, m, d) = civil(fromDays: days)
        return String(format4(y)) + "-" + two(m) + "-" + two(d)
    }

    /// `YYYY-MM-DDTHH:MM:SS.ffffffZ` (UTC) for `micros`.
    public static func timestamp(ofMicros micros: Int64) -> String {
        let dayMicros: Int64 = 86_400_000_000
        let within = ((micros % dayMicros) + dayMicros) % dayMicros
        let seconds = Int(within / 1_000_000)
        let fraction = Int(within % 1_000_000)
        let digits = String(fraction)
        return day(ofMicros: micros) + "T" + two(seconds / 3600) + ":" + two(seconds / 60 % 60) + ":"
            + two(seconds % 60)
            + "." + String(repeating: "0", count: 6 - digits.count) + digits + "Z"
    }

    /// Microseconds at the start of a `YYYY-MM-DD` day (UTC); nil if it is no valid date.
    public static func startMicros(of date: String) -> Int64? {
        let parts = date.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), d >= 1, d <= daysIn(month: m, year: y)
        else { return nil }
        return Int64(days(fromCivil: y, m, d)) * 86_400_000_000
    }

    /// Whether the text is a valid `YYYY-MM-DD` date.
    public static func isValid(_ date: String) -> Bool { startMicros(of: date) != nil }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    // Howard Hinnant's days-from-civil algorithms, for the proleptic Gregorian calendar.
    private static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    private static func format4(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}
