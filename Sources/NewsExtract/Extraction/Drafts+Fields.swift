import NewsCore

/// A counted package told by its fields: a deal per field.
extension Drafts {
    /// "وقع البلدان أربع اتفاقيات للتعاون في مجالات الضرائب ومشاريع تنموية والتعاون العلمي والتقني
    /// والبنية التحتية", "signed three agreements in the fields of health, energy and education":
    /// the fields of a package without an amount, when there are as many as the deals it counts.
    /// Nil otherwise.
    static func countedFields(_ r: Extractor.Reading) -> [String]? {
        guard r.amounts.isEmpty, let count = countedAgreements(r), (2...8).contains(count) else { return nil }
        let words = r.sentence.text.split(whereSeparator: \.isWhitespace).map(String.init)
        let folded = words.map { ArabicText.normalized($0).lowercased() }
        guard
            let at = folded.indices.first(where: { i in
                fieldListNouns.contains { folded[i].hasSuffix($0) }
                    && (ArabicText.containsArabic(folded[i])
                        ? true : i + 1 < folded.count && ["of", "such"].contains(folded[i + 1]))
            })
        else { return nil }
        var start = at + 1
        if start < folded.count, folded[start] == "of" || folded[start] == "such" { start += 1 }
        if start < folded.count, folded[start] == "as" { start += 1 }
        let fields =
            ArabicText.containsArabic(folded[at])
            ? arabicFields(Array(words[start...])) : englishFields(Array(words[start...]))
        return fields.count == count ? fields : nil
    }

    /// The nouns a list of fields follows ("في مجالات", "in the fields of", "sectors such as").
    static let fieldListNouns = ["مجالات", "قطاعات", "fields", "areas", "sectors"]

    /// Fields joined by و, up to the first comma or full stop; an adjective alone after و goes with
    /// the field before it ("التعاون العلمي والتقني").
    static func arabicFields(_ words: [String]) -> [String] {
        var pieces: [[String]] = []
        for word in words {
            let ends = word.last.map { ",،.؛;".contains($0) } ?? false
            let bare = ScalarText.trimming(word, in: ScalarText.Sets.spaceAndCommas).filter { $0 != "." }
            if pieces.isEmpty {
                pieces.append([bare])
            } else if ArabicText.normalized(bare).hasPrefix("و") && bare.count > 2 {
                pieces.append([String(bare.dropFirst())])
            } else {
                pieces[pieces.count - 1].append(bare)
            }
            if ends { break }
        }
        func adjectival(_ word: String) -> Bool {
            let normal = ArabicText.normalized(word)
            return normal.hasPrefix("ال") && (normal.hasSuffix("ي") || normal.hasSuffix("يه"))
        }
        var fields: [[String]] = []
        for piece in pieces {
            if piece.count == 1, adjectival(piece[0]), let previous = fields.last?.last, adjectival(previous) {
                fields[fields.count - 1].append("و" + piece[0])
            } else {
                fields.append(piece)
            }
        }
        return fields.map { $0.joined(separator: " ") }.filter { !$0.isEmpty }
    }

    /// Fields set apart by commas and a last "and", up to the full stop or the comma after the
    /// last; an adjective alone before "and" goes with the field after it ("scientific and
    /// technical cooperation").
    static func englishFields(_ words: [String]) -> [String] {
        var fields: [[String]] = [[]]
        var last = false
        var joinNext = false
        for word in words {
            let bare = ScalarText.trimming(word, in: ScalarText.Sets.spaceAndCommas).filter { $0 != "." }
            let ends = word.hasSuffix(".") || word.hasSuffix(";")
            if bare.lowercased() == "and" {
                let current = fields[fields.count - 1]
                if current.count == 1, ["ic", "al", "ive"].contains(where: { current[0].lowercased().hasSuffix($0) }) {
                    fields[fields.count - 1].append("and")
                    joinNext = true
                } else {
                    if last { break }
                    last = true
                    fields.append([])
                }
                continue
            }
            fields[fields.count - 1].append(bare)
            joinNext = false
            if ends || (word.hasSuffix(",") && last) { break }
            if word.hasSuffix(","), !joinNext { fields.append([]) }
        }
        return fields.map { $0.joined(separator: " ") }.filter { !$0.isEmpty }
    }
}
