/// The Unicode properties the readers ask of every scalar, from a table for the scalars below
/// U+3000 (Latin, Greek, Cyrillic, Hebrew, Arabic, punctuation and signs) and from
/// `Unicode.Scalar.Properties` beyond: the same answers, without the property lookup per scalar.
package enum ScalarTraits {
    private static let alphabetic: UInt8 = 1
    private static let numeric: UInt8 = 2
    private static let whitespace: UInt8 = 4
    private static let uppercase: UInt8 = 8
    private static let lowercasesToOther: UInt8 = 16

    /// The scalars the table covers.
    private static let covered: UInt32 = 0x3000

    private static let table: [UInt8] = (0..<covered).map { v in
        guard let s = Unicode.Scalar(v) else { return 0 }
        let p = s.properties
        return (p.isAlphabetic ? alphabetic : 0) | (p.numericType != nil ? numeric : 0)
            | (p.isWhitespace ? whitespace : 0)
            | (p.isUppercase ? uppercase : 0) | (lowercasesToOther(p, s) ? lowercasesToOther : 0)
    }

    /// `properties.isAlphabetic`.
    @inline(__always)
    package static func isAlphabetic(_ s: Unicode.Scalar) -> Bool {
        s.value < covered ? table[Int(s.value)] & alphabetic != 0 : s.properties.isAlphabetic
    }

    /// `properties.isAlphabetic || properties.numericType != nil`: a letter or a digit.
    @inline(__always)
    package static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        s.value < covered
            ? table[Int(s.value)] & (alphabetic | numeric) != 0
            : s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// `properties.isWhitespace`.
    @inline(__always)
    package static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        s.value < covered ? table[Int(s.value)] & whitespace != 0 : s.properties.isWhitespace
    }

    /// `properties.isUppercase`.
    @inline(__always)
    package static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        s.value < covered ? table[Int(s.value)] & uppercase != 0 : s.properties.isUppercase
    }

    /// Whether `String.lowercased()` makes something else of the scalar: whether its
    /// `properties.lowercaseMapping` is other than the scalar itself.
    @inline(__always)
    package static func lowercasesToOther(_ s: Unicode.Scalar) -> Bool {
        s.value < covered ? table[Int(s.value)] & lowercasesToOther != 0 : lowercasesToOther(s.properties, s)
    }

    private static func lowercasesToOther(_ p: Unicode.Scalar.Properties, _ s: Unicode.Scalar) -> Bool {
        !p.lowercaseMapping.unicodeScalars.elementsEqual(CollectionOfOne(s))
    }
}
