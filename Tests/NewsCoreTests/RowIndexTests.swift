import NewsTestSupport
import Testing

@testable import NewsCore

/// The fact table's id index answers as a dictionary would, through growth, for ids short and
/// long, and refuses a second row with an id it has.
@Suite struct RowIndexTests {
    @Test func answersAsADictionaryThroughGrowth() {
        var rng = SeededGenerator(state: 7)
        var ids: [String] = []
        var index = RowIndex()
        var oracle: [String: Int32] = [:]
        for n in 0..<5_000 {
            // Short ids (stored in the string itself), long ones (on the heap), and some non-ASCII.
            let id =
                switch n % 3 {
                case 0: "f-\(n)"
                case 1: "sha256:" + String(repeating: "ab", count: 20) + "#\(n)"
                default: "وثيقة-\(n)"
                }
            let row = Int32(ids.count)
            ids.append(id)
            #expect(index.insert(row, id: id) { ids[Int($0)] })
            oracle[id] = row
            if Int.random(in: 0..<10, using: &rng) == 0 {
                // A second row with an id already there is refused, and changes nothing.
                let again = ids.randomElement(using: &rng)!
                ids.append(again)
                #expect(!index.insert(Int32(ids.count - 1), id: again) { ids[Int($0)] })
                ids.removeLast()
            }
        }
        #expect(index.count == oracle.count)
        for (id, row) in oracle { #expect(index.row(of: id) { ids[Int($0)] } == row, "\(id)") }
        for missing in ["f-5000", "", "sha256:", "f-1 ", "F-1"] {
            #expect(index.row(of: missing) { ids[Int($0)] } == nil, "\(missing)")
        }
        // An index made with room for every id answers the same.
        var sized = RowIndex(capacity: ids.count)
        for (row, id) in ids.enumerated() { #expect(sized.insert(Int32(row), id: id) { ids[Int($0)] }) }
        for (id, row) in oracle { #expect(sized.row(of: id) { ids[Int($0)] } == row) }
        #expect(RowIndex().row(of: "f-1") { _ in "f-1" } == nil)
    }
}
