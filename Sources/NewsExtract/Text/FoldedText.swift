import NewsCore

/// A text in normalised Arabic spelling (`ArabicText.normalize`), optionally lowercased, with a
/// map from each of its scalars back to the scalar of the original it came from, so that what is
/// found in the folded text can be reported at its place in the original.
struct FoldedText {
    let scalars: [Unicode.Scalar]
    /// For each scalar of `scalars`, the offset of the original scalar it came from.
    let origin: [Int]

    init(_ text: String, lowercased: Bool = false) {
        var scalars: [Unicode.Scalar] = []
        var origin: [Int] = []
        for (i, scalar) in text.unicodeScalars.enumerated() {
            // `normalize` maps scalar by scalar, and lowercasing too: a scalar it leaves alone
            // (`ScalarTraits.lowercasesToOther`) needs no string of its own.
            guard let folded = ArabicText.map(scalar) else { continue }
            guard lowercased && ScalarTraits.lowercasesToOther(folded) else {
                scalars.append(folded)
                origin.append(i)
                continue
            }
            for s in String(folded).lowercased().unicodeScalars {
                scalars.append(s)
                origin.append(i)
            }
        }
        self.scalars = scalars
        self.origin = origin
    }
}
