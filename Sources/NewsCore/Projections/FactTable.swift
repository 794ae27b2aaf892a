/// Every fact the projections know, a row each in the order first recorded, with an index from
/// id to row.
///
/// A fact keeps its row for good (a re-extraction or a correction changes it in place), so the
/// rows are in first-recorded order and a row number names a fact as well as its id does.
///
/// A row holds what the projections ask of every fact (its id, state, article, sequence
/// numbers, kind); the fact itself is kept in its snapshot encoding, in one byte array that
/// every row points into. As a Swift value each fact took 212 bytes in its row (the largest of
/// the three kinds, with every optional field's room) and an array for its parties; encoded it
/// takes about 70. Reading a row decodes its fact, which the fold does only where it reads
/// facts back (a correction, a retraction) and a query only for what it answers.
struct FactTable: Sendable {
    /// A fact's row (88 bytes): `StoredFact` without the fact, whose encoding lies at
    /// `factStart` in `encoded`.
    struct Row: Hashable, Sendable {
        var id: FactID
        var article: ArticleID?
        var firstSequence: UInt64
        var origin: UInt64
        /// Where its fact's encoding starts in `encoded`, and how many bytes it takes.
        var factStart: Int
        var laterSteps: [StoredFact.StepRef]
        var reported: CivilDate
        var evidenceCount: Int32
        var factLength: UInt32
        var state: FactRecord.State
        var kind: Fact.Kind
        /// The action of its history's first step, whose event is `firstSequence`'s.
        var firstAction: FactRecord.Step.Action

        var isActive: Bool { state == .active }
    }

    private(set) var rows: [Row] = []
    /// The facts' encodings, one after another. A fact changed in place (a correction) is
    /// encoded again at the end, and its old bytes stay unread until a snapshot leaves them out.
    private(set) var encoded: [UInt8] = []
    private var index = RowIndex()

    init() {}

    /// Rows and their facts' encodings read from a snapshot, each fact's bytes starting where
    /// the last's end; throws if a row starts elsewhere, if a fact does not decode to its row's
    /// kind in exactly its bytes, or if two rows share an id.
    init(rows: [Row], encoded: [UInt8]) throws {
        var start = 0
        // (By index: a loop over the rows would copy each one, retaining its strings and array.)
        for i in rows.indices {
            let length = Int(rows[i].factLength)
            guard rows[i].factStart == start, length <= encoded.count - start else {
                throw SnapshotDecodingError(description: "the snapshot's fact \(rows[i].id) is not where its bytes are")
            }
            var r = BinaryReader(encoded, offset: start)
            let kind = try Fact.skip(&r)
            guard r.position == start + length, kind == rows[i].kind else {
                throw SnapshotDecodingError(description: "the snapshot's fact \(rows[i].id) does not fit its row")
            }
            start += length
        }
        guard start == encoded.count else {
            throw SnapshotDecodingError(description: "the snapshot's facts' bytes run past their last row")
        }
        self.rows = rows
        self.encoded = encoded
        index = RowIndex(capacity: rows.count)
        for i in rows.indices where !index.insert(Int32(i), id: rows[i].id.rawValue, ids: { rows[Int($0)].id.rawValue })
        {
            throw SnapshotDecodingError(
                description: "the snapshot's projections hold two facts with the id \(rows[i].id)")
        }
    }

    var count: Int { rows.count }

    /// Makes room for `n` more facts and their encodings, so that a long replay does not copy
    /// the table each time it outgrows its arrays. Room not yet written to takes address space
    /// (the allocator maps large arrays lazily), not memory. Where room must be made, it is at
    /// least double the old, as an append would make it: a short tail after a restored snapshot
    /// then costs the one copy its first append would have, and leaves room for appends after it.
    mutating func reserve(_ n: Int) {
        Self.grow(&rows, by: n)
        Self.grow(&encoded, by: n * Self.typicalEncoding)
    }

    private static func grow<T>(_ array: inout [T], by n: Int) {
        guard array.count + n > array.capacity else { return }
        array.reserveCapacity(max(array.count + n, 2 * array.capacity))
    }

    /// About how many bytes a fact's encoding takes.
    static let typicalEncoding = 72

    /// Sets each row's article from its place among a snapshot's articles (−1 for a row whose
    /// article is none or was read by its id).
    mutating func setArticles(_ places: [Int32], from ids: [ArticleID]) throws {
        guard places.count == rows.count else {
            throw SnapshotDecodingError(
                description: "the snapshot names the articles of \(places.count) facts of \(rows.count)")
        }
        for i in rows.indices where places[i] >= 0 {
            guard Int(places[i]) < ids.count else {
                throw SnapshotDecodingError(description: "a fact's row names article \(places[i]) of \(ids.count)")
            }
            rows[i].article = ids[Int(places[i])]
        }
    }

    /// Whether `row` is a row of the table, holding a fact of this kind.
    func holds(_ row: Int32, _ kind: Fact.Kind) -> Bool {
        row >= 0 && Int(row) < rows.count && rows[Int(row)].kind == kind
    }

    func row(of id: String) -> Int32? { index.row(of: id) { rows[Int($0)].id.rawValue } }

    /// A row's fields, without decoding its fact.
    func info(_ row: Int32) -> Row { rows[Int(row)] }

    /// Moves a fact to another state (a retraction, a supersession) with the step that did it;
    /// its fact and its bytes stay as they are.
    mutating func setState(_ row: Int32, _ state: FactRecord.State, step: StoredFact.StepRef) {
        rows[Int(row)].state = state
        rows[Int(row)].laterSteps.append(step)
    }

    /// A row's fact, decoded.
    func fact(_ row: Int32) -> Fact { fact(of: rows[Int(row)]) }

    private func fact(of row: Row) -> Fact {
        var r = BinaryReader(encoded, offset: row.factStart)
        // (Every encoding in the table was written by `encode` or checked when a snapshot was read.)
        do { return try r.read(Fact.self) } catch { preconditionFailure("fact \(row.id) no longer decodes: \(error)") }
    }

    subscript(row: Int32) -> StoredFact { StoredFact(rows[Int(row)], fact: fact(of: rows[Int(row)])) }

    /// The fact with this id; setting one with a new id adds a row (setting nil is not allowed).
    subscript(id: String) -> StoredFact? {
        get { row(of: id).map { self[$0] } }
        set {
            guard let newValue else { preconditionFailure("facts are never removed") }
            precondition(newValue.id.rawValue == id, "a fact is set under its own id")
            store(newValue, at: row(of: id))
        }
    }

    /// Stores a fact in its row (`row(of:)` its id, which the caller has looked up), or in a new
    /// row if it has none; returns the row.
    @discardableResult
    mutating func store(_ fact: StoredFact, at row: Int32?) -> Int32 {
        if let row {
            let old = rows[Int(row)]
            precondition(old.id == fact.id, "a fact is stored in its own row")
            var updated = fact.row(factStart: old.factStart, factLength: old.factLength)
            // (A fact that is not changed keeps its bytes: a retraction re-encodes nothing.)
            if fact.fact != self.fact(of: old) {
                (updated.factStart, updated.factLength) = encode(fact.fact)
            }
            rows[Int(row)] = updated
            return row
        }
        let (start, length) = encode(fact.fact)
        rows.append(fact.row(factStart: start, factLength: length))
        let rows = rows
        let inserted = index.insert(Int32(rows.count - 1), id: fact.id.rawValue) { rows[Int($0)].id.rawValue }
        precondition(inserted, "a new row's id has no row yet")
        return Int32(rows.count - 1)
    }

    /// Every fact, in row order.
    var all: some Collection<StoredFact> { rows.indices.lazy.map { self[Int32($0)] } }

    /// Appends a fact's encoding; returns where it starts and its length.
    private mutating func encode(_ fact: Fact) -> (Int, UInt32) {
        var w = BinaryWriter(appendingTo: encoded)
        encoded = []
        fact.write(to: &w)
        let length = w.appended
        encoded = w.takeBytes()
        return (encoded.count - length, UInt32(length))
    }

    /// The bytes of every row's fact in row order, with no bytes between them: what a snapshot holds.
    func compactEncodings() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(rows.reduce(0) { $0 + Int($1.factLength) })
        for row in rows { out += encoded[row.factStart..<row.factStart + Int(row.factLength)] }
        return out
    }
}

extension FactTable: Hashable {
    /// Two tables are equal when their rows and their facts' bytes are, wherever in `encoded`
    /// those bytes lie (a replay and a restored snapshot place a corrected fact's bytes apart).
    static func == (a: FactTable, b: FactTable) -> Bool {
        guard a.rows.count == b.rows.count else { return false }
        for (x, y) in zip(a.rows, b.rows) {
            var (x, y) = (x, y)
            guard
                a.encoded[x.factStart..<x.factStart + Int(x.factLength)]
                    .elementsEqual(b.encoded[y.factStart..<y.factStart + Int(y.factLength)])
            else { return false }
            (x.factStart, y.factStart) = (0, 0)
            guard x == y else { return false }
        }
        return true
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(rows.count)
        for var row in rows {
            encoded[row.factStart..<row.factStart + Int(row.factLength)].withUnsafeBytes { hasher.combine(bytes: $0) }
            row.factStart = 0
            hasher.combine(row)
        }
    }
}
