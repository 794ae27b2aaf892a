/// A span of a text in Unicode scalar offsets (start inclusive, end exclusive) into the string given.
///
/// Offsets count the scalars of the text as it was passed in, before any normalisation, the
/// same unit as `Evidence` uses for an article.
public struct TextSpan: Sendable, Hashable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}
