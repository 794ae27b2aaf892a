import NewsCore

/// The words of a sentence as `split(whereSeparator: { !$0.isLetter })` cuts any stretch of it:
/// its runs of letters, found once, with their scalar offsets.
///
/// Where every character of the sentence is a single scalar (nearly always), a character is a
/// letter when its scalar is alphabetic, and the words of a stretch are the runs inside it, the
/// runs at its ends cut to it. Otherwise characters can reach across the ends of a stretch, so
/// `runs` is nil and a stretch must be cut out and split as it is.
struct LetterRuns {
    let scalars: [Unicode.Scalar]
    let runs: [Range<Int>]?

    init(_ text: String) { self.init(text, scalars: Array(text.unicodeScalars)) }

    /// `init(_:)` of a text and its scalars.
    init(_ text: String, scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        guard ScalarText.characterCount(text) == scalars.count else {
            runs = nil
            return
        }
        var runs: [Range<Int>] = []
        var start: Int?
        for i in 0...scalars.count {
            if i < scalars.count && ScalarTraits.isAlphabetic(scalars[i]) {
                if start == nil { start = i }
            } else if let from = start {
                runs.append(from..<i)
                start = nil
            }
        }
        self.runs = runs
    }
}
