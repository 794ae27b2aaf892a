import NewsCore

/// Sentences that join a figure and a deal of different subjects: "Kuwaiti investments in Egypt
/// reached $15 billion, while the two countries signed an MoU on energy", or a deal and what it
/// brought about ("…, which helped lift trade to $2.5 billion"). The deal keeps none of
/// the figure's amounts, and the figure is read from its own clause.
extension Drafts {
    /// Words that open a clause of another subject, and the participles of reported speech that
    /// open another statement ("…، مشيراً إلى أن حجم الاستثمار …", ", noting that …"), as
    /// written (with and without the tanween). Each opens with a space, and `clauseBreak` looks
    /// only where one stands.
    static let clauseBreaks: [[Unicode.Scalar]] =
        (subjectTurns.map { " \($0) " } + [" noting that ", " adding that "]
        // A relative clause of what a deal brought about ("الاتفاق …، الذي أسهم في رفع حجم
        // المبادلات من … إلى …", "the agreement, which helped lift trade to …").
        + [" which helped ", " which has helped ", " which contributed "]
        + ["الذي", "التي"].flatMap { p in ["أسهم", "اسهم", "ساهم", "أسهمت", "اسهمت", "ساهمت"].map { " \(p) \($0) " } }
        + ["مشيرا", "مضيفا", "مؤكدا", "لافتا", "موضحا", "منوها"].flatMap { [" \($0) ", " \($0)ً "] }).map {
            Array($0.unicodeScalars)
        }

    /// The one of `clauseBreaks` that stands at `i`, if one does. Each opens with a space: no
    /// other place needs comparing.
    static func clauseBreak(_ scalars: [Unicode.Scalar], at i: Int) -> [Unicode.Scalar]? {
        guard scalars[i] == " " else { return nil }
        return clauseBreaks.first { w in
            i + w.count <= scalars.count && (1..<w.count).allSatisfy { scalars[i + $0] == w[$0] }
        }
    }

    /// Where the last clause of another subject in `range` of the sentence opens (the scalar after
    /// the space before "while"), if one does.
    static func lastClauseBreak(_ r: Extractor.Reading, in range: Range<Int>) -> Int? {
        let scalars = r.scalars
        var i = min(range.upperBound, scalars.count) - 1
        while i >= range.lowerBound {
            if Self.clauseBreak(scalars, at: i) != nil { return i + 1 }
            i -= 1
        }
        return nil
    }

    /// Where the first clause of another subject in `range` opens (the scalar after the space
    /// before "while"), if one does.
    static func firstClauseBreak(_ r: Extractor.Reading, in range: Range<Int>) -> Int? {
        let scalars = r.scalars
        var i = range.lowerBound
        while i < min(range.upperBound, scalars.count) {
            if Self.clauseBreak(scalars, at: i) != nil { return i + 1 }
            i += 1
        }
        return nil
    }

    /// The clauses (scalar ranges) that give an amount but name no deal, when another clause of
    /// the sentence names one; empty otherwise.
    static func figureClauses(_ r: Extractor.Reading) -> [Range<Int>] {
        guard !r.amounts.isEmpty else { return [] }
        let scalars = r.scalars
        var cuts = [0]
        var i = 0
        while i < scalars.count {
            if let word = Self.clauseBreak(scalars, at: i) {
                cuts.append(i + 1)
                i += word.count
            } else {
                i += 1
            }
        }
        guard cuts.count > 1 else { return [] }
        cuts.append(scalars.count)
        let clauses = zip(cuts, cuts.dropFirst()).map { $0..<$1 }
        let namesDeal = clauses.map { c in
            let words = SearchableText(String(scalars: scalars[c]))
            // Buying stakes, setting up a fund and money a donor allots, pledges or grants name
            // deals too ("في حين اشترت شركة … حصصاً", "بينما أنشأت … صندوقاً", "while Saudi Arabia
            // pledged $1.5 billion"), as in `dealAmountMentions`.
            return words.hasAny(Lexicon.agreementNouns) || words.hasAny(Lexicon.dealVerbs)
                || (words.hasAny(Lexicon.buyingVerbs) && words.hasAny(Lexicon.stakeWords))
                || words.hasAny(Lexicon.fundSetUpWords) || words.hasAny(Lexicon.donorVerbs)
        }
        guard namesDeal.contains(true) else { return [] }
        return zip(clauses, namesDeal).filter { c, deal in !deal && r.amounts.contains { c.contains($0.span.start) } }
            .map(\.0)
    }
}

extension Extractor.Reading {
    /// The part of the sentence in `range` (scalar offsets) as a reading of its own: the mentions
    /// inside it, their spans counted from the clause's start.
    func clause(_ range: Range<Int>) -> Extractor.Reading {
        let text = String(String.UnicodeScalarView(scalars[range]))
        func inside(_ s: TextSpan) -> Bool { range.contains(s.start) && s.end <= range.upperBound }
        func shifted(_ s: TextSpan) -> TextSpan {
            TextSpan(start: s.start - range.lowerBound, end: s.end - range.lowerBound)
        }
        var kept: [AmountMention] = []
        var topics: [AmountClause.Topic] = []
        for (i, a) in amounts.enumerated() where inside(a.span) {
            kept.append(AmountMention(money: a.money, span: shifted(a.span)))
            if i < amountTopics.count { topics.append(amountTopics[i]) }
        }
        var reading = Extractor.Reading(
            sentence: Sentence(text: text, start: sentence.start, end: sentence.end), words: SearchableText(text),
            countries: countries.filter { range.contains($0.start) && $0.end <= range.upperBound }.map { m in
                CountryMention(
                    country: m.country, role: m.role, start: m.start - range.lowerBound, end: m.end - range.lowerBound)
            },
            amounts: kept,
            percents: percents.filter { inside($0.span) }.map { p in
                PercentMention(percent: p.percent, qualifier: p.qualifier, span: shifted(p.span))
            },
            counts: counts.filter { inside($0.span) }.map { c in
                var c = c
                c.span = shifted(c.span)
                return c
            },
            changes: changes.filter { inside($0.span) }.map { c in
                var c = c
                c.span = shifted(c.span)
                return c
            }, scalars: Array(scalars[range]))
        reading.amountTopics = topics
        reading.companyStarts = Set(companyStarts.filter { range.contains($0) }.map { $0 - range.lowerBound })
        reading.role = role
        return reading
    }
}
