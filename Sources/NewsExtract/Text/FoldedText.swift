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
            let folded = ArabicText.normalize(String(scalar))
            for s in (lowercased ? folded.lowercased() : folded).unicodeScalars {
                scalars.append(s)
                origin.append(i)
            }
        }
        self.scalars = scalars
        self.origin = origin
    }
}
