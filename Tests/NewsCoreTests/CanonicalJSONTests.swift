import Foundation
import NewsCore
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
            CivilDate.startMicros(of: String(text.prefix(10))) == micros - ((micros % 86_400_000_000) + 86_400_000_000)
                % 86_400_000_000)
    }

    @Test func invalidDatesAreRejected() {
        for bad in ["2025-02-29", "2025-13-01", "2025-1-01", "yesterday", "2024-02-30", ""] {
            #expect(!CivilDate.isValid(bad), "\(bad)")
        }
        #expect(CivilDate.isValid("2024-02-29"))
    }
}
