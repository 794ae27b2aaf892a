import Foundation
import NewsCore
import NewsTestSupport
import Testing

@Suite struct CanonicalJSONTests {
    @Test func anEventHasOneExactForm() {
        let envelope = EventEnvelope(
            sequence: 12, timestamp: 1_762_506_000_000_001, actor: "uid:1000",
            event: .factRetracted(FactRetracted(id: FactID("f-1"), reason: "double-counted / twice")))
        let json = String(decoding: envelope.canonicalJSON(), as: UTF8.self)
        #expect(
            json
                == #"{"actor":"uid:1000","data":{"id":"f-1","reason":"double-counted / twice"},"schema_version":1,"seq":12,"time":"2025-11-07T09:00:00.000001Z","timestamp":1762506000000001,"type":"FactRetracted"}"#
        )
    }

    @Test func amountsAreExactDecimalStrings() {
        let envelope = SeedEvents.envelopes()[7]
        let json = String(decoding: envelope.canonicalJSON(), as: UTF8.self)
        #expect(
            json.contains(#""value":{"amount":"100000000000","currency":"USD","qualifier":"more-than"}"#), "\(json)")
    }

    @Test func everyEventRoundTrips() throws {
        for (i, event) in SchemaFixtures.events.enumerated() {
            let envelope = EventEnvelope(
                sequence: UInt64(i + 1), timestamp: 1_700_000_000_000_000, actor: "uid:0", event: event)
            let bytes = envelope.canonicalJSON()
            let back = try EventEnvelope(canonicalJSON: bytes)
            #expect(back == envelope, "\(event.typeName)")
            #expect(back.canonicalJSON() == bytes)
        }
    }

    @Test func arabicTextStaysReadable() {
        let envelope = EventEnvelope(
            sequence: 1, timestamp: 0, actor: "uid:0",
            event: .articleIngested(
                ArticleIngested(article: ArticleID("sha256:00"), text: "خمسة مليارات دولار", language: "ar")))
        #expect(String(decoding: envelope.canonicalJSON(), as: UTF8.self).contains("خمسة مليارات دولار"))
    }

    @Test(arguments: [
        (Int64(0), "1970-01-01T00:00:00.000000Z"), (1_762_506_000_000_000, "2025-11-07T09:00:00.000000Z"),
        (951_782_400_000_000, "2000-02-29T00:00:00.000000Z"), (-1, "1969-12-31T23:59:59.999999Z"),
    ])
    func civilTimestamps(micros: Int64, text: String) {
        #expect(CivilDate.timestamp(ofMicros: micros) == text)
        #expect(
            CivilDate(String(text.prefix(10)))?.startMicros == micros - ((micros % 86_400_000_000) + 86_400_000_000)
                % 86_400_000_000)
    }

    @Test func invalidDatesAreRejected() {
        for bad in ["2025-02-29", "2025-13-01", "2025-1-01", "yesterday", "2024-02-30", ""] {
            #expect(!CivilDate.isValid(bad), "\(bad)")
        }
        #expect(CivilDate.isValid("2024-02-29"))
        for bad in ["2025-+1-01", "2025-01-+1", " 2025-01-01", "2025-01-01 "] {
            #expect(CivilDate(bad) == nil, "\(bad)")
        }
    }

    /// A date reads back as it was written, orders as the calendar does, and holds its whole day.
    @Test func datesRoundTripAndOrderAsTheCalendarDoes() throws {
        var rng = SeededGenerator(state: 11)
        let first = (CivilDate("0001-01-01") as CivilDate).days
        let last = (CivilDate("9999-12-31") as CivilDate).days
        var previous: CivilDate?
        for days in (0..<2000).map({ _ in Int.random(in: first...last, using: &rng) }).sorted() {
            let date = CivilDate(days: days)
            #expect(CivilDate(date.description) == date, "\(date)")
            #expect(CivilDate(micros: date.startMicros) == date && CivilDate(micros: date.endMicros) == date)
            #expect(CivilDate(micros: date.endMicros + 1).days == days + 1)
            if let previous { #expect(previous <= date && previous.description <= date.description) }
            previous = date
        }
        let json = try JSONEncoder().encode([CivilDate("2024-02-29") as CivilDate])
        #expect(String(decoding: json, as: UTF8.self) == #"["2024-02-29"]"#)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CivilDate].self, from: Data(#"["2025-02-29"]"#.utf8))
        }
    }
}
