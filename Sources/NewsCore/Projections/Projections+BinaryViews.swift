import Foundation

// The snapshot form of the projections' views: agreements, trade figures and investment.

extension AgreementEntry.Step: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(case: status)
        w.write(date)
        w.write(fact)
        w.write(sequence)
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            status: try r.enumCase(Agreement.Status.self), date: try r.read(), fact: try r.read(),
            sequence: try r.uint())
    }
}

extension AgreementEntry: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(id)
        w.write(parties)
        w.write(case: kind)
        w.write(title)
        w.write(value)
        w.write(case: status)
        w.write(brokeredBy)
        w.write(sectors)
        w.write(date)
        w.write(timeline)
        w.write(evidenceCount)
        w.write(facts)
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            id: try r.string(), parties: try r.array { try $0.read(Party.self) },
            kind: try r.enumCase(Agreement.Kind.self), title: try r.string(),
            value: try r.optional { try $0.read(Money.self) }, status: try r.enumCase(Agreement.Status.self),
            brokeredBy: try r.optional { try $0.read(Party.self) }, sectors: try r.array { try $0.string() },
            date: try r.optional { try $0.read(CivilDate.self) },
            timeline: try r.array { try $0.read(Step.self) }, evidence: [], evidenceCount: try r.int(),
            facts: try r.array { try $0.read(FactID.self) })
    }
}

extension AgreementsProjection: BinaryCodable {
    // Each slot in order, empty or an agreement: its entry, its members (rows of the fact
    // table) and its candidate key. Which agreement each row is in, the matches, the candidate
    // lists and the index come from them.
    func write(to w: inout BinaryWriter) {
        w.write(UInt64(slots.count))
        for slot in slots {
            guard let slot else {
                w.write(false)
                continue
            }
            w.write(true)
            w.write(slot.entry)
            w.write(UInt64(slot.members.count))
            for row in slot.members { w.write(UInt64(row)) }
            w.write(case: slot.key.kind)
            w.write(slot.key.parties)
        }
    }

    init(from r: inout BinaryReader) throws {
        let slots = try r.array { r -> Slot? in
            guard try r.bool() else { return nil }
            let entry = try r.read(AgreementEntry.self)
            let members = try r.array { try $0.row() }
            let key = CandidateKey(
                kind: try r.enumCase(Agreement.Kind.self), parties: try r.array { try $0.read(Party.self) })
            return Slot(entry: entry, members: members, key: key)
        }
        try self.init(slots: slots)
    }
}

extension ReportOrder: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(reported)
        w.write(sequence)
    }

    init(from r: inout BinaryReader) throws { self.init(reported: try r.read(), sequence: try r.uint()) }
}

extension FactGroups: BinaryCodable where Member: BinaryCodable {
    // Each slot's key and members, in slot order; where each fact's member is comes from them.
    func write(to w: inout BinaryWriter) {
        w.write(keys)
        w.write(UInt64(members.count))
        for list in members { w.write(list) }
    }

    init(from r: inout BinaryReader) throws {
        let keys = try r.array { try $0.string() }
        let members = try r.array { try $0.array { try $0.read(Member.self) } }
        try self.init(keys: keys, members: members)
    }
}

extension FactGroups {
    /// Whether `heads` (one per slot) has a head exactly where a group has members, and each
    /// head's `member` (if any) in its own group: what a replay leaves.
    func fit<Head>(_ heads: [Head?], member: (Head) -> Int32?) -> Bool {
        heads.count == slotCount
            && heads.indices.allSatisfy { slot in
                guard let head = heads[slot] else { return members[slot].isEmpty }
                return !members[slot].isEmpty && (member(head).map { group(of: $0) == Int32(slot) } ?? true)
            }
    }
}

extension TradeProjection.Member: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(UInt64(row))
        order.write(to: &w)
        w.write(hasValue)
    }

    init(from r: inout BinaryReader) throws {
        self.init(row: try r.row(), order: try r.read(), hasValue: try r.bool())
    }
}

extension TradeProjection.Head: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(parties)
        w.write(case: direction)
        w.write(period)
        w.write(commodity)
        w.write(latest)
        newest.write(to: &w)
        w.write(UInt64(extents.count))
        for e in extents {
            w.write(e.currency.code)
            w.write(e.low)
            w.write(e.high)
            w.write(e.count)
        }
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            parties: try r.array { try $0.read(Party.self) }, direction: try r.enumCase(TradeFigure.Direction.self),
            period: try r.optional { try $0.string() },
            commodity: try r.optional { try $0.string() },
            latest: try r.optional { try $0.read(TradeProjection.Member.self) },
            newest: try r.read())
        extents = try r.array { r in
            let code = try r.string()
            guard let currency = Currency(code), currency.code == code else {
                throw SnapshotDecodingError(description: "the snapshot's trade figures hold the currency \"\(code)\"")
            }
            let e = TradeProjection.Extent(
                currency: currency, low: try r.decimal(), high: try r.decimal(), count: try r.int())
            guard e.count > 0, e.low <= e.high else {
                throw SnapshotDecodingError(description: "the snapshot's trade figures hold a range no replay leaves")
            }
            return e
        }
        guard Set(extents.map(\.currency)).count == extents.count else {
            throw SnapshotDecodingError(description: "the snapshot's trade figures hold two ranges in one currency")
        }
    }
}

extension TradeProjection: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(UInt64(heads.count))
        for head in heads { w.write(head) }
        groups.write(to: &w)
    }

    init(from r: inout BinaryReader) throws {
        self.init()
        heads = try r.array { try $0.optional { try $0.read(Head.self) } }
        groups = try r.read()
        // (Each group's ranges count its reports that give a value.)
        guard groups.fit(heads, member: { $0.latest?.row }),
            heads.indices.allSatisfy({ slot in
                heads[slot].map { head in
                    head.extents.reduce(0) { $0 + $1.count } == groups.members(of: Int32(slot)).count(where: \.hasValue)
                } ?? true
            })
        else {
            throw SnapshotDecodingError(description: "the snapshot's trade figures do not match their reports")
        }
        rebuildIndex()
    }
}

extension InvestmentProjection.Member: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(UInt64(row))
        order.write(to: &w)
        w.write(cumulative)
        w.write(hasValue)
    }

    init(from r: inout BinaryReader) throws {
        self.init(row: try r.row(), order: try r.read(), cumulative: try r.bool(), hasValue: try r.bool())
    }
}

extension MoneySum.Running: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(amount)
        w.write(upper)
        w.write(qualifiers) { $0.write($1) }
    }

    init(from r: inout BinaryReader) throws {
        self.init(amount: try r.decimal(), upper: try r.decimal(), qualifiers: try r.dictionary { try $0.int() })
    }
}

extension InvestmentProjection.Head: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(investor)
        w.write(recipient)
        w.write(latestStock)
        w.write(latestStockValue)
        w.write(deals)
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            investor: try r.read(), recipient: try r.read(),
            latestStock: try r.optional { try $0.read(InvestmentProjection.Member.self) },
            latestStockValue: try r.optional { try $0.read(Money.self) },
            deals: try r.dictionary { try $0.read(MoneySum.Running.self) })
    }
}

extension InvestmentProjection.Rollup: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(party)
        w.write(stocks)
        w.write(deals)
        w.write(entries)
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            party: try r.read(), stocks: try r.dictionary { try $0.read(MoneySum.Running.self) },
            deals: try r.dictionary { try $0.read(MoneySum.Running.self) }, entries: try r.int())
    }
}

extension InvestmentProjection: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(UInt64(heads.count))
        for head in heads { w.write(head) }
        groups.write(to: &w)
        w.write(byInvestor)
        w.write(byRecipient)
    }

    init(from r: inout BinaryReader) throws {
        self.init()
        heads = try r.array { try $0.optional { try $0.read(Head.self) } }
        groups = try r.read()
        guard groups.fit(heads, member: { $0.latestStock?.row }) else {
            throw SnapshotDecodingError(description: "the snapshot's investments do not match their reports")
        }
        byInvestor = try r.dictionary { try $0.read(Rollup.self) }
        byRecipient = try r.dictionary { try $0.read(Rollup.self) }
    }
}
