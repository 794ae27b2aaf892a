/// The fact table's index from id to row: an open-addressing hash table of row numbers, the ids
/// themselves read from the rows.
///
/// A `[String: Int32]` kept a second copy of every id (16 bytes, and a heap block for an id
/// longer than 15 bytes) in a table at most three-quarters full, and hashed each id as a
/// `String`: 30 bytes or more a fact, and a seventh of a restore. Here a fact costs 4 bytes in
/// a table kept at most half full, and an id is hashed as its UTF-8 bytes, with the process's
/// random seed as every Swift hash is.
struct RowIndex: Sendable {
    /// Row numbers by hash, `empty` where none; the count is a power of two (or zero).
    private var slots: [Int32] = []
    private(set) var count = 0
    private static let empty: Int32 = -1

    init() {}

    /// Room for `n` ids without growing.
    init(capacity n: Int) { slots = Array(repeating: Self.empty, count: Self.size(for: n)) }

    private static func size(for n: Int) -> Int {
        var size = 16
        while size < 2 * n { size *= 2 }
        return size
    }

    private static func hash(_ id: String) -> Int {
        var id = id
        return id.withUTF8 { utf8 in
            var h = Hasher()
            h.combine(bytes: UnsafeRawBufferPointer(utf8))
            return h.finalize()
        }
    }

    /// The row whose id (`id(row)`) is `id`.
    func row(of id: String, ids: (Int32) -> String) -> Int32? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var i = Self.hash(id) & mask
        while true {
            let row = slots[i]
            if row == Self.empty { return nil }
            if ids(row) == id { return row }
            i = (i + 1) & mask
        }
    }

    /// Adds a row under its id; false (and nothing added) if a row already has that id.
    mutating func insert(_ row: Int32, id: String, ids: (Int32) -> String) -> Bool {
        if 2 * (count + 1) > slots.count { grow(ids: ids) }
        let mask = slots.count - 1
        var i = Self.hash(id) & mask
        while slots[i] != Self.empty {
            if ids(slots[i]) == id { return false }
            i = (i + 1) & mask
        }
        slots[i] = row
        count += 1
        return true
    }

    private mutating func grow(ids: (Int32) -> String) {
        let old = slots
        slots = Array(repeating: Self.empty, count: Self.size(for: count + 1))
        let mask = slots.count - 1
        for row in old where row != Self.empty {
            var i = Self.hash(ids(row)) & mask
            while slots[i] != Self.empty { i = (i + 1) & mask }
            slots[i] = row
        }
    }
}
