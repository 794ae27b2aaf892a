import Foundation
import NewsCore

/// A plain text table: columns padded to their widest cell.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []

    func render() -> String {
        var widths = headers.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                i == cells.count - 1 ? c : c.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }
            .joined(separator: "  ")
        }
        return ([line(headers)] + rows.map(line)).joined(separator: "\n")
    }
}

enum Show {
    /// `more than $100 bn`, `$3–5 bn`, `about 15.7 bn AED`.
    static func money(_ m: Money?) -> String {
        guard let m else { return "-" }
        let prefix: String =
            switch m.qualifier {
            case .exact, .range: ""
            case .about: "about "
            case .moreThan: "more than "
            case .upTo: "up to "
            case .lessThan: "less than "
            }
        let (scale, unit): (Decimal, String) =
            m.amount >= 1_000_000_000_000
            ? (1_000_000_000_000, " tn")
            : m.amount >= 1_000_000_000
                ? (1_000_000_000, " bn")
                : m.amount >= 1_000_000 ? (1_000_000, " m") : (1, "")
        var text = "\(m.amount / scale)"
        if let upper = m.upper { text += "–\(upper / scale)" }
        return m.currency == .usd ? "\(prefix)$\(text)\(unit)" : "\(prefix)\(text)\(unit) \(m.currency)"
    }

    static func parties(_ p: [Party]) -> String { p.map(\.description).joined(separator: ",") }

    static func share(_ s: Share?) -> String {
        guard let s else { return "-" }
        let q = s.qualifier == .about ? "~" : s.qualifier == .moreThan ? ">" : ""
        return "\(q)\(s.percent)%" + (s.of.map { " of \($0)" } ?? "")
    }
}
