import Foundation
import Testing

@testable import NewsCore
@testable import NewsExtract

/// `CompanyCatalog.mentions` against its scan as it was, at every scalar of the text.
@Suite struct CompanyScanTests {
    static func referenceMentions(in text: String) -> [CountryMention] {
        let scalars = Array(text.unicodeScalars)
        let folded = ArabicText.containsArabic(text) ? FoldedText(text) : nil
        let normal = folded?.scalars ?? []
        let origin = folded?.origin ?? []
        var isFound = Set<Int>()
        var hits: [(k: Int, start: Int, end: Int)] = []
        func scan(_ h: [Unicode.Scalar], _ index: CompanyCatalog.NameIndex, arabic: Bool) {
            h.withUnsafeBufferPointer { buffer in
                for i in h.indices {
                    index.forEach(buffer, at: i) { c in
                        let name = Array(CompanyCatalog.names.scalars[c.name])
                        guard !isFound.contains(c.k), i + name.count <= h.count, Array(h[i..<(i + name.count)]) == name,
                            CompanyCatalog.isBoundary(h, i, i + name.count, arabic: arabic)
                        else { return }
                        isFound.insert(c.k)
                        hits.append(
                            arabic ? (c.k, origin[i], origin[i + name.count - 1] + 1) : (c.k, i, i + name.count))
                    }
                }
            }
        }
        scan(scalars, CompanyCatalog.byFirst.english, arabic: false)
        if !normal.isEmpty { scan(normal, CompanyCatalog.byFirst.arabic, arabic: true) }
        var found: [CountryMention] = []
        for (k, start, end) in hits.sorted(by: { $0.k < $1.k })
        where !found.contains(where: { $0.start < end && start < $0.end }) {
            found.append(
                CountryMention(country: CompanyCatalog.entries[k].country, role: .demonym, start: start, end: end))
        }
        return found
    }

    @Test func mentionsAreTheFullScan() throws {
        let entries =
            CompanyCatalog.entries.prefix(40) + CompanyCatalog.entries.filter(\.arabic).suffix(40)
            + CompanyCatalog.entries.filter { !$0.arabic }.suffix(40)
        let names = entries.map { String(scalars: $0.name) }
        var glued: [String] = []
        for name in names {
            for (before, after) in [
                ("x", ""), ("", "s"), ("و", ""), ("وال", ""), ("بالل", ""), ("a ", " b"), ("(", ")"), ("لل", ""),
                ("وب", ""), ("فال", ""), ("xو", ""),
                ("1", ""),
            ] {
                glued.append(before + name + after)
            }
        }
        var differences: [String] = []
        for text in try CharacterWordsTests.texts() + names + glued
        where CompanyCatalog.mentions(in: text) != Self.referenceMentions(in: text) {
            differences.append(text)
        }
        #expect(differences.isEmpty, "\(differences.prefix(20))")
    }
}
