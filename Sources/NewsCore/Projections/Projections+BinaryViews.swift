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

extension AgreementsProjection.Member: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(fact)
        agreement.write(to: &w)
        w.write(reported)
        w.write(sequence)
        w.write(origin)
        w.write(evidenceCount)
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            fact: try r.read(), agreement: try r.read(), reported: try r.read(), sequence: try r.uint(),
            origin: try r.uint(), evidenceCount: try r.int())
    }
}

extension AgreementsProjection: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(entries)
        w.write(members) { $0.write($1) }
        w.write(groupOf) { $0.write($1) }
        w.write(candidates) { $0.write($1) }
        w.write(keyOf) { $0.write($1) }
    }

    init(from r: inout BinaryReader) throws {
        self.init()
        entries = try r.dictionary { try $0.read(AgreementEntry.self) }
        members = try r.dictionary { try $0.array { try $0.read(Member.self) } }
        groupOf = try r.dictionary { try $0.string() }
        candidates = try r.dictionary { try $0.array { try $0.string() } }
        keyOf = try r.dictionary { try $0.string() }
        // The folds trust that every agreement has members and an entry, and every member's fact its group.
        guard Set(entries.keys) == Set(members.keys), members.values.allSatisfy({ !$0.isEmpty }),
            members.allSatisfy({ group, list in list.allSatisfy { groupOf[$0.fact.rawValue] == group } }),
            groupOf.count == members.values.reduce(0, { $0 + $1.count })
        else { throw SnapshotDecodingError(description: "the snapshot's agreements do not match their members") }
        rebuildIndex()
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
    func write(to w: inout BinaryWriter) {
        w.write(members) { $0.write($1) }
        w.write(slots) { w, slot in
            w.write(slot.group)
            w.write(slot.index)
        }
    }

    init(from r: inout BinaryReader) throws {
        self.init()
        members = try r.dictionary { try $0.array { try $0.read(Member.self) } }
        slots = try r.dictionary { Slot(group: try $0.string(), index: try $0.int()) }
        // Every slot must point at its own member, and every member have its slot: a removal trusts them.
        for (fact, slot) in slots {
            guard let list = members[slot.group], slot.index >= 0, slot.index < list.count,
                list[slot.index].fact.rawValue == fact
            else {
                throw SnapshotDecodingError(
                    description: "the snapshot's projections place fact \(fact) where it is not")
            }
        }
        guard slots.count == members.values.reduce(0, { $0 + $1.count }) else {
            throw SnapshotDecodingError(description: "the snapshot's projections have members without a place")
        }
    }
}

extension TradeReport: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(fact)
        w.write(value)
        w.write(share)
        w.write(change)
        w.write(article)
        w.write(source)
        w.write(reported)
        w.write(sequence)
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            fact: try r.read(), value: try r.optional { try $0.read(Money.self) },
            share: try r.optional { try $0.read(Share.self) },
            change: try r.optional { try $0.read(Change.self) },
            article: try r.optional { try $0.read(ArticleID.self) },
            source: try r.optional { try $0.string() }, reported: try r.read(), sequence: try r.uint())
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
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            parties: try r.array { try $0.read(Party.self) }, direction: try r.enumCase(TradeFigure.Direction.self),
            period: try r.optional { try $0.string() },
            commodity: try r.optional { try $0.string() }, latest: try r.optional { try $0.read(TradeReport.self) },
            newest: try r.read())
    }
}

extension TradeProjection: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(heads)
        groups.write(to: &w)
    }

    init(from r: inout BinaryReader) throws {
        self.init()
        heads = try r.dictionary { try $0.read(Head.self) }
        groups = try r.read()
        guard Set(heads.keys) == Set(groups.members.keys) else {
            throw SnapshotDecodingError(description: "the snapshot's trade figures do not match their reports")
        }
        rebuildIndex()
    }
}

extension InvestmentReport: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        w.write(fact)
        w.write(value)
        w.write(reported)
        w.write(sequence)
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            fact: try r.read(), value: try r.optional { try $0.read(Money.self) }, reported: try r.read(),
            sequence: try r.uint())
    }
}

extension InvestmentProjection.Member: BinaryCodable {
    func write(to w: inout BinaryWriter) {
        report.write(to: &w)
        w.write(cumulative)
        w.write(companyCount)
        w.write(share)
        w.write(rank)
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            report: try r.read(), cumulative: try r.bool(),
            companyCount: try r.optional { try $0.read(InvestmentFigure.Count.self) },
            share: try r.optional { try $0.read(Share.self) }, rank: try r.optional { try $0.int() })
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
        w.write(deals)
    }

    init(from r: inout BinaryReader) throws {
        self.init(
            investor: try r.read(), recipient: try r.read(),
            latestStock: try r.optional { try $0.read(InvestmentProjection.Member.self) },
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
        w.write(heads)
        groups.write(to: &w)
        w.write(byInvestor)
        w.write(byRecipient)
    }

    init(from r: inout BinaryReader) throws {
        self.init()
        heads = try r.dictionary { try $0.read(Head.self) }
        groups = try r.read()
        guard Set(heads.keys) == Set(groups.members.keys) else {
            throw SnapshotDecodingError(description: "the snapshot's investments do not match their reports")
        }
        byInvestor = try r.dictionary { try $0.read(Rollup.self) }
        byRecipient = try r.dictionary { try $0.read(Rollup.self) }
    }
}
