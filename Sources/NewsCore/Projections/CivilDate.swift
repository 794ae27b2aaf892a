/// A calendar day (proleptic Gregorian, UTC), written `YYYY-MM-DD` in text, JSON and on the wire.
///
/// Only a valid date can be made: `CivilDate("2025-02-30")` is nil, and decoding one throws. Days
/// order as the calendar does. Conversions to and from microseconds since 1970-01-01 UTC need no
/// clock or calendar object.
public struct CivilDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, LosslessStringConvertible,
    ExpressibleByStringLiteral
{
    /// Days since 1970-01-01.
    public let days: Int

    public init(days: Int) { self.days = days }

    /// The UTC day containing `micros`.
    public init(micros: Int64) {
        days = Int(micros >= 0 ? micros / Self.dayMicros : (micros - Self.dayMicros + 1) / Self.dayMicros)
    }

    /// A `YYYY-MM-DD` date; nil for any other text, or a day the calendar does not have.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), d >= 1, d <= Self.daysIn(month: m, year: y)
        else { return nil }
        days = Self.days(fromCivil: y, m, d)
    }

    /// A date written in the source, for constants and tests; an invalid one stops the program.
    public init(stringLiteral text: String) {
        guard let date = CivilDate(text) else { preconditionFailure("\(text) is not a YYYY-MM-DD date") }
        self = date
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let date = CivilDate(text) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "\"\(text)\" is not a YYYY-MM-DD date")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = Self.civil(fromDays: days)
        return Self.format4(y) + "-" + Self.two(m) + "-" + Self.two(d)
    }

    /// Microseconds at the day's start (UTC).
    public var startMicros: Int64 { Int64(days) * Self.dayMicros }

    /// Microseconds at the day's last instant (UTC).
    public var endMicros: Int64 { startMicros + Self.dayMicros - 1 }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.days < b.days }

    static let dayMicros: Int64 = 86_400_000_000

    /// `YYYY-MM-DDTHH:MM:SS.ffffffZ` (UTC) for `micros`.
    public static func timestamp(ofMicros micros: Int64) -> String {
        let dayMicros: Int64 = 86_400_000_000
        let within = ((micros % dayMicros) + dayMicros) % dayMicros
        let seconds = Int(within / 1_000_000)
        let fraction = Int(within % 1_000_000)
        let digits = String(fraction)
        return CivilDate(micros: micros).description + "T" + two(seconds / 3600) + ":" + two(seconds / 60 % 60) + ":"
            + two(seconds % 60)
            + "." + String(repeating: "0", count: 6 - digits.count) + digits + "Z"
    }

    /// Whether the text is a valid `YYYY-MM-DD` date.
    public static func isValid(_ date: String) -> Bool { CivilDate(date) != nil }

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
