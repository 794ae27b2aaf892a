import NewsCore

/// A text normalised for reading numbers, with a map from each normalised scalar back to the original.
///
/// Arabic spelling is folded one scalar at a time by `ArabicText.normalize` (digits to ASCII,
/// ٫ to ".", ٬ to ",", diacritics and tatweel dropped, hamza forms folded), so the map stays
/// exact. On top of that every kind of space becomes " ", dashes and minus signs "-", the
/// percent signs (٪ ％ ﹪) "%", Persian keheh and yeh become kaf and yeh, fullwidth digits
/// become ASCII, and zero-width and bidirectional marks are dropped. Case is kept.
///
/// A dropped scalar belongs to the normalised scalar before it, so a span ending on a word also
/// covers the diacritics written on its last letter ("تقريباً").
struct MappedText {
    /// The text as given.
    let original: [Unicode.Scalar]
    /// The normalised scalars.
    let scalars: [Unicode.Scalar]
    /// For each normalised scalar, the original scalars it stands for.
    let origins: [Range<Int>]

    init(_ text: String) { self.init(scalars: Array(text.unicodeScalars)) }

    /// `init(_:)` of a text given by its scalars.
    init(scalars original: [Unicode.Scalar]) {
        var scalars: [Unicode.Scalar] = []
        var origins: [Range<Int>] = []
        scalars.reserveCapacity(original.count)
        origins.reserveCapacity(original.count)
        var leadingDropped: Int?
        for (i, scalar) in original.enumerated() {
            // "$200+ million": a plus after a number (more than it) is dropped, so that the
            // number reads on into its scale.
            let plusAfterNumber =
                scalar == "+" && i > 0 && i + 1 < original.count && ("0"..."9").contains(original[i - 1])
                && original[i + 1] == " "
            guard !plusAfterNumber, let folded = Self.fold(scalar) else {
                if let last = origins.indices.last {
                    origins[last] = origins[last].lowerBound..<(i + 1)
                } else if leadingDropped == nil {
                    leadingDropped = i
                }
                continue
            }
            scalars.append(folded)
            origins.append((leadingDropped ?? i)..<(i + 1))
            leadingDropped = nil
        }
        self.original = original
        self.scalars = scalars
        self.origins = origins
    }

    /// The span of the original text that normalised offsets `range` stand for.
    func span(_ range: Range<Int>) -> TextSpan {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= origins.count else {
            let at =
                range.lowerBound < origins.count && range.lowerBound >= 0
                ? origins[range.lowerBound].lowerBound : original.count
            return TextSpan(start: at, end: at)
        }
        return TextSpan(start: origins[range.lowerBound].lowerBound, end: origins[range.upperBound - 1].upperBound)
    }

    /// The original text that normalised offsets `range` stand for.
    func originalText(_ range: Range<Int>) -> String {
        let span = span(range)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: original[span.start..<span.end])
        return String(view)
    }

    /// The normalised form of one scalar, or nil to drop it.
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        if v < 0x80 {
            return (0x09...0x0D).contains(v) ? " " : s
        }
        switch v {
        case 0x0085, 0x00A0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return " "
        case 0x00AD, 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF:
            return nil
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
            return "-"
        case 0x066A, 0xFE6A, 0xFF05:
            return "%"
        case 0xFF10...0xFF19:
            return Unicode.Scalar(v - 0xFF10 + 0x30)
        case 0x06CC:
            return "\u{064A}"
        case 0x06A9:
            return "\u{0643}"
        case 0x0600...0x06FF:
            return ArabicText.map(s)
        default:
            return s
        }
    }
}
