import Foundation

/// The articles the extraction benchmark reads: the bodies of `../shared/corpus` (dev and test),
/// or, where that is missing, `Tests/corpus`.
struct ExtractionCorpus {
    /// Where the texts come from, as the table names it.
    var name: String
    var texts: [String]
    /// The texts' UTF-8 bytes, all together.
    var bytes: Int

    static func load() -> ExtractionCorpus {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared/corpus").path
        var texts = ["dev", "test"].flatMap { articles(in: shared + "/" + $0) }.map(body)
        var name = "shared corpus"
        if texts.isEmpty {
            texts = articles(in: root.appendingPathComponent("Tests/corpus").path)
            name = "Tests/corpus: no ../shared"
        }
        return ExtractionCorpus(name: name, texts: texts, bytes: texts.reduce(0) { $0 + $1.utf8.count })
    }

    /// The `.txt` files of a folder, in name order; none when it is missing.
    static func articles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap {
            try? String(contentsOfFile: folder + "/" + $0, encoding: .utf8)
        }
    }

    /// The article without its `URL:` and `LANG:` lines and the blank line after them, as the
    /// scorer (`../shared/eval/score.py`, `read_article`) passes it.
    static func body(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var i = 0
        while i < lines.count && (lines[i].hasPrefix("URL:") || lines[i].hasPrefix("LANG:")) { i += 1 }
        if i > 0 && i < lines.count && lines[i].trimmingCharacters(in: .whitespaces).isEmpty { i += 1 }
        return lines[i...].joined(separator: "\n")
    }

    /// The least any reader of the text does, with the standard library alone (so that it does
    /// not speed up with the extractor): lowercase it and split it into words at white space.
    /// Returns a number that depends on the work, so that it cannot be skipped.
    static func minimalPass(_ text: String) -> Int {
        text.lowercased().split(whereSeparator: \.isWhitespace).reduce(0) { $0 &+ $1.utf8.count }
    }
}
