import Foundation

/// Adds up the words of one number, left to right, and refuses a word that cannot come next.
///
/// The usual total-and-current scheme: units, tens and hundreds build `current`; a scale word
/// moves `current` times the scale into `total`. What may follow what depends on the language:
/// English runs "twenty five", "one hundred and fifty", "one and a half billion"; Arabic puts
/// units before tens with و ("خمسة وعشرون"), needs و after a hundred or a scale ("مئة وخمسون",
/// "مليار و500 مليون"), and never joins two units with و, so "بين ثلاثة وخمسة" stays two numbers.
struct NumberAccumulator {
    enum Last {
        case none, digits, unit, teenPrefix, teen, tens, hundred, scale, article, half, andArticle, fraction, halfAdded,
            pendingDigits
    }

    private(set) var total: Decimal = 0
    private(set) var current: Decimal = 0
    private(set) var last: Last = .none
    /// The last (smallest) scale so far.
    private(set) var lastScale: Decimal?
    /// The product of the run of scale words the number ends with ("lakh crore": 10^12).
    private(set) var trailingScale: Decimal?
    private var teenPrefix = 0
    /// Whether the last word was a unit (so Arabic عشر makes it a teen, English "hundred" multiplies it).
    private var lastWasUnit = false
    /// The scale of a lone "مليارا"/"مليونا" read as a dual, while the number may still show it
    /// to be one ("مليارا و500 مليون").
    private var loneDual: Decimal?

    var value: Decimal { total + current }

    /// Whether the words so far make a whole number (not "a", "half" or "مليار و500" alone).
    var isComplete: Bool {
        if awaitsScale { return false }
        return switch last {
        case .digits, .unit, .teen, .tens, .hundred, .scale, .fraction, .halfAdded: true
        case .none, .teenPrefix, .article, .half, .andArticle, .pendingDigits: false
        }
    }

    /// English words after a scale wait for a smaller scale: "two billion five hundred million",
    /// but "a $2 billion five-year plan" ends at "billion".
    private var awaitsScale = false

    /// Whether the number so far has a scale word.
    var hasScale: Bool { lastScale != nil }

    /// Takes the next word; false (and no change) if it cannot come next.
    ///
    /// `joined`: an "and"/"و" came before it. `arabic`: the word is Arabic. `touching`: no space
    /// before it (for "$500m").
    mutating func accept(_ word: NumberWord, joined: Bool, arabic: Bool, touching: Bool, letterScales: Bool) -> Bool {
        let afterScale = last == .scale
        let dual = loneDual
        guard take(word, joined: joined, arabic: arabic, touching: touching, letterScales: letterScales) else {
            return false
        }
        if joined { countLoneDualAsOne(dual) }
        if case .scale = word {
            awaitsScale = false
        } else if afterScale && !arabic {
            awaitsScale = true
        }
        return true
    }

    private mutating func take(_ word: NumberWord, joined: Bool, arabic: Bool, touching: Bool, letterScales: Bool)
        -> Bool
    {
        switch word {
        case .unit(let v):
            return addSmall(Decimal(v), isUnit: true, joined: joined, arabic: arabic, afterTens: !arabic && !joined)
        case .teen(let v):
            return addSmall(Decimal(v), isUnit: false, joined: joined, arabic: arabic, afterTens: false)
        case .ten:
            if lastWasUnit && !joined && last == .unit && arabic {
                current += 10
                last = .teen
                lastWasUnit = false
                return true
            }
            if last == .teenPrefix && !joined {
                current += Decimal(teenPrefix) + 10
                last = .teen
                return true
            }
            return addSmall(10, isUnit: false, joined: joined, arabic: arabic, afterTens: false)
        case .teenPrefix(let v):
            guard startsSmall(joined: joined, arabic: arabic) else { return false }
            if last == .scale { current = 0 }
            teenPrefix = v
            last = .teenPrefix
            return true
        case .tens(let v):
            if arabic && joined && last == .unit && lastWasUnit {
                current += Decimal(v)
                last = .tens
                lastWasUnit = false
                return true
            }
            guard startsSmall(joined: joined, arabic: arabic) else { return false }
            current += Decimal(v)
            last = .tens
            lastWasUnit = false
            return true
        case .hundred:
            if !joined, last == .unit || last == .teen || (last == .tens && !arabic), current > 0, current < 100,
                arabic ? lastWasUnit : true
            {
                current *= 100
            } else if last == .article && !arabic {
                current = 100
            } else if arabic && (last == .none || last == .scale && joined) {
                current = 100
            } else {
                return false
            }
            last = .hundred
            lastWasUnit = false
            return true
        case .hundreds(let v):
            guard last == .none || last == .scale && joined else { return false }
            current = Decimal(v)
            last = .hundred
            lastWasUnit = false
            return true
        case .article:
            if last == .none && !joined {
                current = 1
                last = .article
                return true
            }
            if last == .half && !joined && !arabic { return true }  // "half a billion"
            if joined && !arabic && (last == .unit || last == .teen || last == .tens) {
                last = .andArticle
                return true
            }
            return false
        case .half, .quarter:
            let part = word == .half ? Decimal(1) / 2 : Decimal(1) / 4
            switch last {
            case .none where !joined:
                current = part
                last = .half
            case .article where !arabic && word == .half:
                current = part
                last = .half
            case .andArticle where word == .half:
                current += part
                last = .fraction
            case .scale where joined && arabic:
                guard let scale = lastScale else { return false }
                total += scale * part
                last = .halfAdded
            default:
                return false
            }
            lastWasUnit = false
            return true
        case .dozen:
            guard !joined, last == .article || last == .unit, current > 0 else { return false }
            current = last == .article ? 12 : current * 12
            last = .hundred
            lastWasUnit = false
            return true
        case .definiteScale(let scale):
            // "يقارب حجم التبادل المليار دولار" (nears the billion dollars): one of it, alone.
            if last == .none && arabic {
                return acceptScale(
                    scale, .singular, joined: joined, arabic: true, touching: touching, letterScales: letterScales)
            }
            return last == .halfAdded && scale == lastScale
        case .scale(let scale, let form):
            return acceptScale(
                scale, form, joined: joined, arabic: arabic, touching: touching, letterScales: letterScales)
        }
    }

    /// Takes a numeral: first in the number, or after an Arabic scale and و ("مليار و500 مليون").
    ///
    /// `joinedByWa`: an Arabic و came before it; English "and" never joins a numeral ("€4.5bn and
    /// 500 million pounds" are two amounts).
    mutating func accept(digits value: Decimal, joined: Bool, joinedByWa: Bool) -> Bool {
        if last == .none && !joined {
            current = value
            last = .digits
            return true
        }
        if last == .scale && joined && joinedByWa, let scale = lastScale, value < scale {
            countLoneDualAsOne(loneDual)
            current = value
            last = .pendingDigits
            return true
        }
        return false
    }

    /// "مليارا" alone is a dual in construct ("مليارا دولار": two billion dollars), but followed
    /// by و and more ("مليارا و500 مليون دولار") it is the accusative of one billion.
    private mutating func countLoneDualAsOne(_ scale: Decimal?) {
        guard let scale else { return }
        total -= scale
        loneDual = nil
    }

    private func startsSmall(joined: Bool, arabic: Bool) -> Bool {
        switch last {
        case .none: !joined
        case .hundred: arabic ? joined : true
        case .scale: arabic ? joined : true
        default: false
        }
    }

    private mutating func addSmall(_ v: Decimal, isUnit: Bool, joined: Bool, arabic: Bool, afterTens: Bool) -> Bool {
        if afterTens && last == .tens && isUnit {
            current += v
        } else if startsSmall(joined: joined, arabic: arabic) {
            if last == .scale { current = 0 }
            current += v
        } else {
            return false
        }
        last = isUnit ? .unit : .teen
        lastWasUnit = isUnit
        return true
    }

    private mutating func acceptScale(
        _ scale: Decimal, _ form: NumberWord.ScaleForm, joined: Bool, arabic: Bool, touching: Bool, letterScales: Bool
    ) -> Bool {
        guard !joined else { return false }
        // "مليار ونصف مليار": the half's scale named again, without the article.
        if last == .halfAdded && scale == lastScale && form == .singular { return true }
        switch form {
        case .letter: guard letterScales, touching, last == .digits else { return false }
        case .abbreviation: guard last == .digits else { return false }
        default: break
        }
        if let previous = lastScale, scale >= previous {
            // "lakh crore", "thousand million": a larger scale right after a smaller one multiplies.
            guard last == .scale, current == 0, scale > previous else { return false }
            total *= scale
            lastScale = scale
            trailingScale = (trailingScale ?? 1) * scale
            return true
        }
        let count: Decimal
        switch last {
        case .none:
            switch form {
            case .dual: count = 2
            case .accusativeOrDual:
                count = 2
                loneDual = scale
            case .singular where arabic: count = 1
            default: return false
            }
        case .article:
            guard form == .singular else { return false }
            count = 1
        case .half:
            guard form == .singular || form == .accusativeOrDual else { return false }
            count = current
        case .digits, .unit, .teen, .tens, .hundred, .fraction, .pendingDigits:
            guard current > 0 else { return false }
            count = current
        case .teenPrefix, .andArticle, .scale, .halfAdded:
            return false
        }
        total += count * scale
        current = 0
        last = .scale
        lastScale = scale
        trailingScale = scale
        lastWasUnit = false
        return true
    }
}
