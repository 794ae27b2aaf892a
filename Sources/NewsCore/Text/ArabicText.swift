/// Arabic spelling normalisation, so that the same word written in its common variants compares equal.
///
/// Maps Arabic-Indic and Persian digits to ASCII digits and the Arabic decimal and thousands
/// separators to "." and ","; removes diacritics (harakat, tanwin, shadda, sukun, dagger
/// alef) and tatweel; folds alef with hamza or madda and alef wasla to bare alef, alef
/// maqsura to ya, ta marbuta to ha, and waw and ya with hamza to bare waw and ya. Text in
/// other scripts passes through unchanged.
public enum ArabicText {
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let mapped = map(scalar) { out.append(mapped) }
        }
        return String(out)
    }

    /// Whether the text has any letter of the Arabic block.
    public static func containsArabic(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
    }

    /// The normalised form of one scalar, or nil to drop it.
    @inline(__always)
    package static func map(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s.value {
        case 0x0660...0x0669: Unicode.Scalar(s.value - 0x0660 + 0x30)  // Arabic-Indic digits
        case 0x06F0...0x06F9: Unicode.Scalar(s.value - 0x06F0 + 0x30)  // Persian digits
        case 0x066B: "."  // Arabic decimal separator
        case 0x066C: ","  // Arabic thousands separator
        case 0x064B...0x0652, 0x0670, 0x0640: nil  // diacritics, dagger alef, tatweel
        case 0x0622, 0x0623, 0x0625, 0x0671: "\u{0627}"  // آ أ إ ٱ → ا
        case 0x0649: "\u{064A}"  // ى → ي
        case 0x0629: "\u{0647}"  // ة → ه
        case 0x0624: "\u{0648}"  // ؤ → و
        case 0x0626: "\u{064A}"  // ئ → ي
        default: s
        }
    }
}
