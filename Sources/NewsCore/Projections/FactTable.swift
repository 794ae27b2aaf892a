/// Every fact the projections know, in one array in the order first recorded, with an index
/// from id to row.
///
/// A fact keeps its row for good (a re-extraction or a correction changes it in place), so the
/// rows are in first-recorded order and a row number names a fact as well as its id does. In a
/// dictionary keyed by id, each 290-byte fact sat in a table kept at most three-quarters full,
/// and every growth copied them all; here a fact costs its row and a 4-byte slot of the index.
struct FactTable: Hashable, Sendable {
    private(set) var rows: [StoredFact] = []
    private var rowOf: [String: Int32] = [:]

    init() {}

    /// Rows read from a snapshot, in order; nil if two share an id.
    init?(rows: [StoredFact]) {
        self.rows = rows
        rowOf.reserveCapacity(rows.count)
        for (i, row) in rows.enumerated() {
            guard rowOf.updateValue(Int32(i), forKey: row.id.rawValue) == nil else { return nil }
        }
    }

    var count: Int { rows.count }

    /// Whether `row` is a row of the table, holding a fact of this kind.
    func holds(_ row: Int32, _ kind: Fact.Kind) -> Bool {
        row >= 0 && Int(row) < rows.count && rows[Int(row)].fact.kind == kind
    }

    func row(of id: String) -> Int32? { rowOf[id] }

    subscript(row: Int32) -> StoredFact {
        get { rows[Int(row)] }
        _modify { yield &rows[Int(row)] }
    }

    /// The fact with this id; setting one with a new id adds a row (setting nil is not allowed).
    subscript(id: String) -> StoredFact? {
        get { rowOf[id].map { rows[Int($0)] } }
        set {
            guard let newValue else { preconditionFailure("facts are never removed") }
            if let row = rowOf[id] {
                rows[Int(row)] = newValue
            } else {
                rowOf[id] = Int32(rows.count)
                rows.append(newValue)
            }
        }
    }
}
