import NewsTestSupport
import Testing

@testable import NewsCore

/// Pages of the list answers: in order, each entry once, and stable when entries come and go.
@Suite struct PagingTests {
    /// Every page of `list` after `start`, `limit` at a time.
    func pages<E: Paged>(_ list: [E], limit: Int, after start: PageKey? = nil) -> [[E]] {
        var out: [[E]] = []
        var after = start
        while true {
            let page = list.page(after: after, limit: limit)
            #expect(page.total == list.count)
            #expect(page.entries.count <= limit)
            out.append(page.entries)
            guard let next = page.next else { break }
            #expect(next == page.entries.last?.pageKey)
            after = next
        }
        return out
    }

    func check<E: Paged>(_ list: [E], _ what: String) {
        // The answers are sorted by the key pages go by, and no two entries share one.
        for (a, b) in zip(list, list.dropFirst()) { #expect(a.pageKey < b.pageKey, "\(what): out of order") }
        for limit in [1, 2, 3, 7, 100] {
            let all = pages(list, limit: limit)
            #expect(all.joined().map(\.pageKey) == list.map(\.pageKey), "\(what), \(limit) a page")
            #expect(all.dropLast().allSatisfy { $0.count == limit })
        }
    }

    /// newsd takes an agreements page without building the whole list: it must be the page the
    /// whole list gives, for any filter, cursor and size, as the ledger grows.
    @Test(arguments: [UInt64(3), 11])
    func anAgreementsPageIsThePageOfTheWholeList(seed: UInt64) {
        let events = RandomEvents.stream(seed: seed, count: 500)
        var p = Projections()
        var rng = SeededGenerator(state: seed)
        var compared = 0
        for (i, e) in events.enumerated() {
            p.apply(e)
            guard i % 50 == 49 else { continue }
            var filters = [AgreementFilter()]
            var f = AgreementFilter()
            f.parties = [Party.country(CountryCode("KZ")!)]
            filters.append(f)
            f.value = ValueRange(minimum: 1_000_000_000)
            filters.append(f)
            f = AgreementFilter()
            f.status = .signed
            f.dates = DateRange(from: "2025-11-03")
            filters.append(f)
            for filter in filters {
                let whole = p.agreements(filter)
                let cursors = [nil] + whole.map(\.pageKey) + [PageKey(["0"]), PageKey(["99999999999999999999"])]
                for _ in 0..<8 {
                    let after = cursors.randomElement(using: &rng)!
                    let limit = Int.random(in: 1...12, using: &rng)
                    let expected = whole.page(after: after, limit: limit)
                    let page = p.agreementsPage(filter, after: after, limit: limit)
                    #expect(page.entries == expected.entries && page.next == expected.next, "seq \(e.sequence)")
                    #expect(page.total == expected.total)
                    compared += 1
                }
            }
        }
        #expect(compared == 10 * 4 * 8)
    }

    @Test(arguments: [UInt64(2), 5, 17])
    func pagesJoinIntoTheWholeAnswer(seed: UInt64) {
        let p = Projections.replay(RandomEvents.stream(seed: seed, count: 500))
        #expect(p.agreements().count > 10 && p.trade().count > 10 && p.investments().count > 5)
        check(p.agreements(), "agreements")
        check(p.trade(), "trade")
        check(p.investments(), "investments")
        #expect(p.agreements().page(after: nil, limit: 10_000).next == nil)
        #expect([AgreementEntry]().page(after: nil, limit: 5).entries.isEmpty)
    }

    @Test(arguments: [UInt64(4), 9])
    func aCursorFromAnotherPointGoesOnWhereItLeftOff(seed: UInt64) {
        // A cursor made on the ledger as of an earlier event, used on the later ledger (and the
        // other way round): the page holds exactly the later ledger's entries after that key.
        let events = RandomEvents.stream(seed: seed, count: 600)
        let early = Projections.replay(events, asOf: .sequence(300))
        let late = Projections.replay(events)
        for (from, to) in [(early, late), (late, early)] {
            let list = from.trade()
            for cut in stride(from: 0, to: list.count, by: max(1, list.count / 7)) {
                let key = list[cut].pageKey
                let page = to.trade().page(after: key, limit: 10_000)
                #expect(page.entries.map(\.pageKey) == to.trade().map(\.pageKey).filter { $0 > key })
            }
            let agreements = from.agreements()
            if let key = agreements.dropFirst(agreements.count / 2).first?.pageKey {
                #expect(
                    to.agreements().page(after: key, limit: 10_000).entries.map(\.pageKey)
                        == to.agreements().map(\.pageKey).filter { $0 > key })
            }
        }
    }

    @Test func sequenceNumbersSortAsNumbersInTheKey() {
        // 9 before 10, and 10 before 100, though "10" < "9" as text.
        let entries = [UInt64(9), 10, 100, .max].map { n in
            AgreementEntry(
                id: "f-\(n)", parties: [], kind: .mou, title: "", value: nil, status: .signed, brokeredBy: nil,
                sectors: [], date: nil,
                timeline: [.init(status: .signed, date: "2025-01-01", fact: FactID("f"), sequence: n)],
                evidence: [], evidenceCount: 0, facts: [])
        }
        #expect(entries.map(\.pageKey) == entries.map(\.pageKey).sorted())
        #expect(entries.page(after: entries[1].pageKey, limit: 5).entries.map(\.id) == ["f-100", "f-\(UInt64.max)"])
    }
}
