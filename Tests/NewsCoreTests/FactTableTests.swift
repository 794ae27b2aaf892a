import Foundation
import NewsTestSupport
import Testing

@testable import NewsCore

/// The fact table keeps each fact encoded in one byte array; a snapshot holds those bytes in
/// row order, and a reader takes them only when every fact decodes to its row, in exactly its bytes.
@Suite struct FactTableTests {
    static let pair = [Party.country(CountryCode("KZ")!), Party.country(CountryCode("CN")!)]

    static func stored(_ id: String, _ fact: Fact, sequence: UInt64) -> StoredFact {
        StoredFact(
            id: FactID(id), fact: fact, state: .active, article: nil, firstSequence: sequence,
            reported: "2025-03-01", origin: sequence, evidenceCount: 1,
            steps: [.init(action: .asserted, sequence: sequence)])
    }

    static let deal = Fact.agreement(
        Agreement(parties: pair, kind: .mou, title: "rail link", value: Money(5_000_000, .usd), status: .signed))
    static let trade = Fact.trade(TradeFigure(parties: pair, value: Money(2_000_000_000, .usd), period: "2024"))

    /// A table of two facts, the first corrected once (its first bytes left behind, unread).
    static func table() -> FactTable {
        var table = FactTable()
        table["a"] = stored("a", deal, sequence: 1)
        table["b"] = stored("b", trade, sequence: 2)
        var corrected = table["a"]!
        corrected.fact = .agreement(
            Agreement(
                parties: pair, kind: .mou, title: "rail link", value: Money(7_000_000, .usd), status: .signed))
        corrected.append(.init(action: .corrected, sequence: 3))
        table["a"] = corrected
        return table
    }

    /// Rows as a snapshot reader gives them: each fact starting where the last one's ends.
    static func laidOut(_ rows: [FactTable.Row]) -> [FactTable.Row] {
        var start = 0
        return rows.map { row in
            var row = row
            row.factStart = start
            start += Int(row.factLength)
            return row
        }
    }

    @Test func aCorrectedFactIsReadAsCorrectedAndASnapshotLeavesItsOldBytesOut() throws {
        let table = Self.table()
        #expect(table["a"]!.fact != Self.deal)
        #expect(table["a"]!.steps.map(\.action) == [.asserted, .corrected])
        #expect(table["b"]!.fact == Self.trade)
        let compact = table.compactEncodings()
        #expect(compact.count < table.encoded.count, "the first form of the corrected fact is still in the snapshot")
        #expect(throws: SnapshotDecodingError.self, "rows that start where the table's bytes lay") {
            try FactTable(rows: table.rows, encoded: compact)
        }
        let restored = try FactTable(rows: Self.laidOut(table.rows), encoded: compact)
        #expect(restored == table)
        #expect(restored.encoded != table.encoded)
        #expect(restored["a"] == table["a"] && restored["b"] == table["b"])
        // A retraction changes the row, and the facts' bytes not at all.
        var retracted = restored
        let before = retracted.encoded
        retracted.setState(retracted.row(of: "b")!, .retracted, step: .init(action: .retracted, sequence: 4))
        #expect(retracted.encoded == before && retracted != restored)
        #expect(retracted["b"]!.state == .retracted && retracted["b"]!.fact == Self.trade)
    }

    @Test func bytesThatDoNotFitTheirRowsAreRefused() throws {
        let table = Self.table()
        let compact = table.compactEncodings()
        let rows = Self.laidOut(table.rows)
        // A row that names the other kind.
        var wrongKind = rows
        wrongKind[1].kind = .investment
        #expect(throws: SnapshotDecodingError.self) { try FactTable(rows: wrongKind, encoded: compact) }
        // Lengths that do not end where each fact's encoding ends.
        var shifted = rows
        shifted[0].factLength += 1
        shifted[1].factLength -= 1
        #expect(throws: SnapshotDecodingError.self) { try FactTable(rows: Self.laidOut(shifted), encoded: compact) }
        // A row that starts elsewhere.
        var moved = rows
        moved[1].factStart -= 1
        #expect(throws: SnapshotDecodingError.self) { try FactTable(rows: moved, encoded: compact) }
        // Bytes cut short, or left over after the last row.
        #expect(throws: SnapshotDecodingError.self) { try FactTable(rows: rows, encoded: compact.dropLast()) }
        #expect(throws: SnapshotDecodingError.self) { try FactTable(rows: rows, encoded: compact + [0]) }
        // Two rows with one id.
        var twins = rows
        twins[1].id = twins[0].id
        #expect(throws: SnapshotDecodingError.self) { try FactTable(rows: twins, encoded: compact) }
        // And the rows as written are taken.
        #expect(try FactTable(rows: rows, encoded: compact) == table)
    }

    @Test func articlesAreSetByPlaceAndAPlacePastTheArticlesIsRefused() throws {
        var table = try FactTable(rows: Self.laidOut(Self.table().rows), encoded: Self.table().compactEncodings())
        let ids = [ArticleID("sha256:one"), ArticleID("sha256:two")]
        #expect(throws: SnapshotDecodingError.self) { try table.setArticles([0, 2], from: ids) }
        #expect(throws: SnapshotDecodingError.self) { try table.setArticles([0], from: ids) }
        try table.setArticles([1, -1], from: ids)
        #expect(table["a"]!.article == ids[1] && table["b"]!.article == nil)
    }
}

/// An enum's case is read by matching its name's bytes: only a whole name matches.
@Suite struct EnumCaseReadingTests {
    static func read(_ name: String) throws -> Agreement.Kind {
        var w = BinaryWriter()
        w.write(name)
        var r = BinaryReader(w.takeBytes())
        let kind = try r.enumCase(Agreement.Kind.self)
        #expect(r.isAtEnd)
        return kind
    }

    @Test func onlyAWholeNameIsACase() throws {
        for kind in Agreement.Kind.allCases { #expect(try Self.read(kind.rawValue) == kind) }
        for name in ["mo", "mouu", "", "MOU", "purchase ", "investment_deal"] {
            #expect(throws: SnapshotDecodingError.self, "\(name)") { try Self.read(name) }
        }
    }
}

/// A restore checks each fact's bytes with `Fact.skip`, which builds nothing; the table decodes
/// them again whenever it reads a row, and must never find them damaged then. So `skip` must
/// accept exactly the bytes `Fact(from:)` accepts, ending where it ends, on every fact and on
/// damaged copies of each.
@Suite struct FactSkipTests {
    static func decode(_ bytes: [UInt8]) -> (kind: Fact.Kind, end: Int)? {
        var r = BinaryReader(bytes)
        guard let fact = try? r.read(Fact.self) else { return nil }
        return (fact.kind, r.position)
    }

    static func skip(_ bytes: [UInt8]) -> (kind: Fact.Kind, end: Int)? {
        var r = BinaryReader(bytes)
        guard let kind = try? Fact.skip(&r) else { return nil }
        return (kind, r.position)
    }

    @Test func skipAcceptsWhatTheDecoderAcceptsAndEndsWhereItEnds() {
        var rng = SeededGenerator(state: 31)
        let company = Party.company("Example Rail Works")
        let organization = Party.organization("A Development Fund")
        var facts = (0..<400).map { _ in RandomEvents.fact(&rng) }
        facts += [
            .investment(
                InvestmentFigure(
                    investor: company, recipient: organization, value: nil, cumulative: true, share: nil,
                    companyCount: nil, rank: -3, period: "2019–2024")),
            .agreement(
                Agreement(
                    parties: [company, organization, .country(CountryCode("MA")!)], kind: .purchase,
                    title: "عقد قطارات", value: .range(1, 2, Currency("EUR")!), status: .announced,
                    sectors: ["rail", "transport"], date: "2024-02-29", brokeredBy: organization)),
            .trade(
                TradeFigure(
                    parties: [company], value: nil, period: nil, direction: .exports, commodity: "phosphate",
                    share: Share(percent: 3, qualifier: .moreThan, of: nil),
                    change: Change(text: "a third lower", factor: nil, percent: -33))),
        ]
        var agreed = 0
        var refused = 0
        for fact in facts {
            var w = BinaryWriter()
            fact.write(to: &w)
            let bytes = w.takeBytes()
            let whole = Self.skip(bytes)
            #expect(whole?.kind == fact.kind && whole?.end == bytes.count, "\(fact)")
            for _ in 0..<25 {
                var damaged = bytes
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: damaged.removeLast(Int.random(in: 1...damaged.count, using: &rng))
                case 1:
                    for _ in 0..<Int.random(in: 1...3, using: &rng) {
                        damaged[Int.random(in: 0..<damaged.count, using: &rng)] ^= UInt8.random(
                            in: 1...255, using: &rng)
                    }
                default:
                    damaged[Int.random(in: 0..<damaged.count, using: &rng)] = UInt8.random(in: 0...3, using: &rng)
                }
                let (decoded, skipped) = (Self.decode(damaged), Self.skip(damaged))
                #expect(
                    decoded?.kind == skipped?.kind && decoded?.end == skipped?.end,
                    "\(fact), damaged to \(damaged): decoded \(String(describing: decoded)), skipped \(String(describing: skipped))"
                )
                if decoded == nil { refused += 1 } else { agreed += 1 }
            }
        }
        // Damage both refused and taken was tried.
        #expect(refused > 1_000 && agreed > 1_000, "refused \(refused), taken \(agreed)")
    }
}
